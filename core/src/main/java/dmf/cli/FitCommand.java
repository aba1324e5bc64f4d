package dmf.cli;

import dmf.ratings.Estimators;
import dmf.ratings.FitReport;
import dmf.ratings.MethodSettings;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.ratings.SplitPlan;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dmf fit}: fit a rating model on a ratings file and write a model folder. Public and open
 * for one purpose: a plugin's command (such as {@code dmf spark fit}) takes every option and the
 * output of this one and supplies its own estimators through {@link #estimator}.
 */
@Command(name = "fit", sortOptions = false)
public class FitCommand implements Callable<Integer> {
  @Mixin RatingsDataOptions data;

  @Option(names = "--out", required = true, descriptionKey = "dmf.fit.out")
  Path out;

  @Option(names = "--test", descriptionKey = "dmf.fit.test")
  Path test;

  @Mixin RatingsSplitOptions split;

  @Option(names = "--method", defaultValue = "dmf", descriptionKey = "dmf.fit.method")
  String method;

  @Mixin SettingsSources sources;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "dmf.fit.quiet")
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
  public Integer call() {
    SplitPlan plan = split.plan(test);
    Map<String, Object> settings =
        MethodSettings.forFit(method, sources.flags(), sources.layers(), plan.seed());
    RatingEstimator est = estimator(method, settings);
    RatingsFit.Outcome o =
        StatusLine.during(
            s ->
                RatingsFit.run(
                    data.source(), test, plan, est, split.coldStart(), out, s.stages(quiet)));
    fitted(o);
    FitReport.lines(o, data.data, out).forEach(System.out::println);
    return 0;
  }
}
