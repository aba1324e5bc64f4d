package dmf.cli;

import dmf.base.UserInputException;
import dmf.ratings.ColdStart;
import dmf.ratings.SplitPlan;
import dmf.settings.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How to split and score: the options of {@code fit} and {@code evaluate} (public for the commands
 * of plugins, as a picocli mixin), {@code --split} and the flags of {@link SplitPlan#TABLE}.
 */
public final class RatingsSplitOptions {
  /** For picocli. */
  public RatingsSplitOptions() {}

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--split", descriptionKey = "split.split")
  String split;

  /**
   * @param folds folds for k-fold, or 0
   * @return the plan these options give
   */
  public SplitPlan plan(int folds) {
    return SplitPlan.of(split, settings(), folds);
  }

  /**
   * @param test a separate test file, or null
   * @return the plan of one split these options give (with a test file: its validation fraction and
   *     seed only)
   * @throws UserInputException for a test file and a test fraction both
   */
  public SplitPlan plan(Path test) {
    if (test != null && settings().get(SplitPlan.TEST_FRACTION) != null) {
      throw new UserInputException("give --test FILE or --test-fraction, not both");
    }
    return plan(0);
  }

  /**
   * @return the cold-start rule
   */
  public ColdStart coldStart() {
    return settings().get(SplitPlan.COLD_START);
  }

  private Settings settings() {
    return TableOptions.resolve(spec, SplitPlan.TABLE);
  }
}
