package dmf.cli;

import dmf.ratings.ColdStart;
import dmf.ratings.SplitPlan;
import dmf.settings.Choice;
import picocli.CommandLine.Option;

/** How to split and score: the options {@code fit} and {@code evaluate} share. */
final class RatingsSplitOptions {
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

  SplitPlan plan(int folds) {
    return SplitPlan.of(split, testFraction, leaveOut, folds, validationFraction, seed);
  }

  ColdStart coldStart() {
    return Choice.parse(ColdStart.class, coldStart, "--cold-start");
  }
}
