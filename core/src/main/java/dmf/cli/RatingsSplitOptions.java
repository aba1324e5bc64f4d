package dmf.cli;

import dmf.ratings.ColdStart;
import dmf.ratings.SplitPlan;
import dmf.settings.Choice;
import picocli.CommandLine.Option;

/**
 * How to split and score: the options of {@code fit} and {@code evaluate} (public for the commands
 * of plugins, as a picocli mixin).
 */
public final class RatingsSplitOptions {
  /** For picocli. */
  public RatingsSplitOptions() {}

  @Option(names = "--split", descriptionKey = "split.split")
  String split;

  @Option(names = "--test-fraction", descriptionKey = "split.test-fraction")
  Double testFraction;

  @Option(names = "--leave-out", defaultValue = "1", descriptionKey = "split.leave-out")
  int leaveOut;

  @Option(
      names = "--validation-fraction",
      defaultValue = "0.05",
      descriptionKey = "split.validation-fraction")
  double validationFraction;

  @Option(names = "--seed", defaultValue = "0", descriptionKey = "split.seed")
  long seed;

  @Option(names = "--cold-start", defaultValue = "offset", descriptionKey = "split.cold-start")
  String coldStart;

  /**
   * @param folds folds for k-fold, or 0
   * @return the plan these options give
   */
  public SplitPlan plan(int folds) {
    return SplitPlan.of(split, testFraction, leaveOut, folds, validationFraction, seed);
  }

  /**
   * @return the cold-start rule
   */
  public ColdStart coldStart() {
    return Choice.parse(ColdStart.class, coldStart, "--cold-start");
  }
}
