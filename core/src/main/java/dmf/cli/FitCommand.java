package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.ratings.DeepEstimator;
import dmf.ratings.Estimators;
import dmf.ratings.FitSummary;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmf fit}: fit a rating model on a ratings file and write a model folder. Public and open
 * for one purpose: a plugin's command (such as {@code dmf spark fit}) takes every option and the
 * output of this one and supplies its own estimators through {@link #estimator}.
 */
@Command(
    name = "fit",
    sortOptions = false,
    description = {
      "Fit a rating model (default: the deep factorization) on a ratings file, report"
          + " train/validation/test RMSE and MAE, and write a model folder.",
      "Settings of the method: defaults, then --config files, then --set key=value, then flags"
          + " (the flags are the deep factorization's; other methods take --set)."
    })
public class FitCommand implements Callable<Integer>, TableOptions.Backed {
  @Spec CommandSpec spec;

  @Mixin RatingsDataOptions data;

  @Option(names = "--out", required = true, description = "model folder to write")
  Path out;

  @Option(names = "--test", description = "a separate test file, read like --data")
  Path test;

  @Mixin RatingsSplitOptions split;

  @Option(
      names = "--method",
      defaultValue = "dmf",
      description = "dmf (or dmfN for depth N), als, softimpute, biases, mean (default: dmf)")
  String method;

  @Mixin SettingsSources sources;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress line")
  boolean quiet;

  /** For picocli. */
  public FitCommand() {}

  /**
   * The estimator of a method; this command's is the plain one of {@link Estimators}.
   *
   * @param method the method's name (as --method gives it)
   * @param settings its raw settings
   * @return the estimator
   */
  protected RatingEstimator estimator(String method, Map<String, Object> settings) {
    return Estimators.create(method, settings);
  }

  /**
   * Called with the outcome once the model folder is written, before the report is printed; this
   * command's does nothing.
   *
   * @param outcome the fit
   */
  protected void fitted(RatingsFit.Outcome outcome) {}

  @Override
  public SettingsTable table() {
    return DeepEstimator.TABLE;
  }

  @Override
  public Set<String> skip() {
    return Set.of("seed");
  }

  @Override
  public Map<String, List<String>> aliases() {
    return Map.of("widths", List.of("--width"));
  }

  @Override
  public Integer call() {
    Map<String, Object> flags = TableOptions.given(spec.commandLine().getParseResult(), table());
    String base = Estimators.base(method);
    if (!base.equals("dmf") && !flags.isEmpty()) {
      throw new UserInputException(
          "--"
              + flags.keySet().iterator().next().replace('_', '-')
              + " is a setting of dmf, not of "
              + method
              + "; give "
              + method
              + "'s settings with --set key=value");
    }
    if (test != null && split.testFraction != null) {
      throw new UserInputException("give --test FILE or --test-fraction, not both");
    }
    Map<String, Object> settings = sources.layers(flags).merge(Estimators.table(method));
    if (Estimators.table(method).has("seed")) {
      settings.putIfAbsent("seed", split.seed);
    }
    RatingsProgress progress = new RatingsProgress(System.err);
    RatingsFit.Outcome o =
        RatingsFit.run(
            data.source(),
            test,
            split.plan(0),
            estimator(method, settings),
            split.coldStart(),
            out,
            quiet ? ProgressListener.NONE : progress);
    progress.finish();
    fitted(o);
    FitSummary s = o.model().summary();
    System.out.printf(
        Locale.ROOT,
        "%s on %s: %,d ratings, %,d users x %,d items (%,d lines skipped, %,d duplicates"
            + " dropped)%n",
        o.model().method(),
        data.data,
        o.data().size(),
        o.data().rows(),
        o.data().cols(),
        o.data().counts().skipped(),
        o.data().counts().duplicates());
    System.out.printf(
        Locale.ROOT,
        "%s: %,d train / %,d validation / %,d test ratings; %s after %,d iterations (kept %,d)"
            + " in %.1f s%n",
        o.split().name(),
        o.split().train().size(),
        o.split().validation().size(),
        o.split().test().size(),
        s.stopReason(),
        s.iterations(),
        s.bestIteration(),
        s.seconds());
    System.out.println(
        "RMSE  train "
            + f(o.train().rmse())
            + "  validation "
            + f(o.validation().rmse())
            + "  test "
            + f(o.test().rmse()));
    System.out.println(
        "MAE   train "
            + f(o.train().mae())
            + "  validation "
            + f(o.validation().mae())
            + "  test "
            + f(o.test().mae()));
    if (o.test().dropped() > 0 || o.validation().dropped() > 0) {
      System.out.println(
          "cold ratings dropped: "
              + o.validation().dropped()
              + " validation, "
              + o.test().dropped()
              + " test");
    }
    System.out.println("model: " + out);
    return 0;
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4f", v);
  }
}
