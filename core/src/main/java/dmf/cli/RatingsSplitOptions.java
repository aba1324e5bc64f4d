package dmf.cli;

import dmf.ratings.ColdStart;
import dmf.ratings.SplitPlan;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How to split and score: the options {@code fit} and {@code evaluate} share (public for the
 * commands of plugins, as a picocli mixin).
 */
public final class RatingsSplitOptions {
  @Option(
      names = "--split",
      description =
          "random (--test-fraction), per-user or temporal (--leave-out per user), or none")
  String split;

  @Option(names = "--test-fraction", description = "random hold-out: share of ratings to test on")
  Double testFraction;

  @Option(
      names = "--leave-out",
      defaultValue = "1",
      description = "per-user and temporal splits: ratings held out per user (default: 1)")
  int leaveOut;

  @Option(
      names = "--validation-fraction",
      defaultValue = "0.05",
      description =
          "share of the training part held out for early stopping and tuning (default:"
              + " ${DEFAULT-VALUE})")
  double validationFraction;

  @Option(names = "--seed", defaultValue = "0", description = "seed of every split (default: 0)")
  long seed;

  @Option(
      names = "--cold-start",
      defaultValue = "offset",
      description =
          "users or items without training ratings: offset (predict μ + the known bias) or drop"
              + " (no prediction, left out of scores) (default: ${DEFAULT-VALUE})")
  String coldStart;

  /** For picocli. */
  public RatingsSplitOptions() {}

  /**
   * @param folds folds for k-fold, or 0
   * @return the plan these options give
   */
  public SplitPlan plan(int folds) {
    SplitPlan.Kind kind;
    if (split != null) {
      kind = SplitPlan.Kind.parse(split);
    } else if (folds > 0) {
      kind = SplitPlan.Kind.KFOLD;
    } else {
      kind = testFraction != null ? SplitPlan.Kind.HOLDOUT : SplitPlan.Kind.NONE;
    }
    return new SplitPlan(
        kind, testFraction == null ? 0.2 : testFraction, leaveOut, folds, validationFraction, seed);
  }

  /**
   * @return the cold-start rule
   */
  public ColdStart coldStart() {
    return ColdStart.valueOf(
        RatingsDataOptions.Values.choice("--cold-start", coldStart, "offset", "drop")
            .toUpperCase(Locale.ROOT));
  }
}
