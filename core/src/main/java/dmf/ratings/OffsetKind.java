package dmf.ratings;

import dmf.io.data.RatingsTable;
import dmf.settings.Choice;
import java.util.Locale;

/** What the factors of a rating model add to. */
public enum OffsetKind implements Choice {
  /** Nothing: the factors fit the raw ratings. */
  NONE,
  /** The global mean μ. */
  MEAN,
  /** μ plus regularized user and item biases. */
  BIASES;

  /** Sweeps of the bias fit at most. */
  static final int BIAS_SWEEPS = 50;

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param train the training part
   * @param lambda λ of the biases
   * @return the offsets of this kind
   */
  public Offsets fit(RatingsTable train, double lambda) {
    return switch (this) {
      case NONE -> new Offsets(0, new double[train.rows()], new double[train.cols()]);
      case MEAN -> Offsets.globalMean(train);
      case BIASES -> Offsets.biases(train, lambda, BIAS_SWEEPS);
    };
  }
}
