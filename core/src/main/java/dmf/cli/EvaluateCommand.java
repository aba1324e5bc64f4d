package dmf.cli;

import dmf.ratings.Estimators;
import dmf.ratings.Evaluation;
import dmf.ratings.Leaderboard;
import dmf.ratings.MethodSettings;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.ratings.SplitPlan;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmf evaluate}: every method on the same folds, as a leaderboard. Public and open for one
 * purpose: a plugin's command (such as {@code dmf spark evaluate}) takes every option and the
 * output of this one and supplies its own estimators through {@link #estimator}.
 */
@Command(name = "evaluate", sortOptions = false)
public class EvaluateCommand implements Callable<Integer> {
  @Mixin RatingsDataOptions data;

  @Option(names = "--test", descriptionKey = "dmf.evaluate.test")
  Path test;

  @Mixin RatingsSplitOptions split;

  @Option(names = "--set", descriptionKey = "dmf.evaluate.set")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out", descriptionKey = "dmf.evaluate.out")
  Path out;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "dmf.evaluate.quiet")
  boolean quiet;

  @Spec CommandSpec spec;

  /** For picocli. */
  public EvaluateCommand() {}

  /**
   * The estimator of a method; this command's is the plain one of {@link Estimators}.
   *
   * @param method the method's name (as --methods gives it)
   * @param settings its raw settings
   * @return the estimator
   */
  protected RatingEstimator estimator(String method, Map<String, Object> settings) {
    return Estimators.create(method, settings);
  }

  @Override
  public Integer call() {
    Settings s = TableOptions.resolve(spec, Evaluation.TABLE);
    SplitPlan plan = split.plan(test != null ? 0 : s.get(Evaluation.FOLDS));
    List<RatingEstimator> ests =
        MethodSettings.forEvaluation(s.get(Evaluation.METHODS), sets, plan.seed())
            .entrySet()
            .stream()
            .map(e -> estimator(e.getKey(), e.getValue()))
            .toList();
    Evaluation eval = Evaluation.of(s, plan.seed(), split.coldStart());
    Path dir = out != null ? out : Evaluation.folderFor(data.data);
    Leaderboard board =
        StatusLine.during(
            st ->
                RatingsFit.evaluate(data.source(), test, plan, ests, eval, dir, st.stages(quiet)));
    board.lines(eval.k(), dir).forEach(System.out::println);
    return 0;
  }
}
