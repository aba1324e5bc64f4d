package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.List;
import java.util.Map;

/**
 * The global mean: every prediction is the mean training rating. The floor any method must beat.
 *
 * @param settings resolved settings of {@link #TABLE} (there are none)
 */
public record MeanEstimator(Settings settings) implements RatingEstimator {
  /** The settings table (empty). */
  public static final SettingsTable TABLE = SettingsTable.of("mean");

  @Override
  public String name() {
    return "mean";
  }

  @Override
  public RatingModel fit(FitInput in, ProgressListener listener) {
    long t0 = System.nanoTime();
    Offsets off = Offsets.globalMean(in.train());
    RatingModel m = RatingModel.fitted(name(), in, off, List.of(), null);
    double val = in.hasValidation() ? Accuracy.of(m, in.validation()).rmse() : Double.NaN;
    FitSummary s =
        new FitSummary(
            "closed_form", 0, 0, (System.nanoTime() - t0) * 1e-9, val, Map.of(), List.of());
    return RatingModel.fitted(name(), in, off, List.of(), s);
  }
}
