package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.UserInputException;
import dmf.ratings.DataSource;
import dmf.ratings.Estimators;
import dmf.ratings.Evaluation;
import dmf.ratings.Leaderboard;
import dmf.ratings.MethodSettings;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.ratings.SplitPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Option(names = "--folds", defaultValue = "5", descriptionKey = "dmf.evaluate.folds")
  int folds;

  @Mixin RatingsSplitOptions split;

  @Option(
      names = "--methods",
      defaultValue = "mean,biases,als,softimpute,dmf2,dmf3",
      descriptionKey = "dmf.evaluate.methods")
  String methods;

  @Option(names = "--set", descriptionKey = "dmf.evaluate.set")
  List<String> sets;

  @Option(names = "--out", descriptionKey = "dmf.evaluate.out")
  Path out;

  @Option(names = "--top-k", defaultValue = "10", descriptionKey = "dmf.evaluate.top-k")
  int k;

  @Option(names = "--relevant", defaultValue = "4", descriptionKey = "dmf.evaluate.relevant")
  double relevant;

  @Option(
      names = "--ranking-users",
      defaultValue = "1000",
      descriptionKey = "dmf.evaluate.ranking-users")
  int rankingUsers;

  @Option(names = "--workers", defaultValue = "0", descriptionKey = "dmf.evaluate.workers")
  int workers;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "dmf.evaluate.quiet")
  boolean quiet;

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
    if (k < 1 || rankingUsers < 1) {
      throw new UserInputException("--top-k and --ranking-users must be at least 1");
    }
    Map<String, Map<String, Object>> chosen =
        MethodSettings.forEvaluation(methods, sets == null ? List.of() : sets, split.seed);
    Path dir = out != null ? out : Path.of("evaluate-" + data.data.getFileName());
    DataSource source = data.source();
    SplitPlan plan = split.plan(test != null ? 0 : folds);
    int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    Evaluation eval =
        new Evaluation(k, relevant, rankingUsers, split.seed, split.coldStart(), null, threads);
    StatusLine status = new StatusLine();
    ProgressListener progress = quiet ? ProgressListener.NONE : new StageProgress(status);
    List<RatingEstimator> ests =
        chosen.entrySet().stream().map(e -> estimator(e.getKey(), e.getValue())).toList();
    Leaderboard board = RatingsFit.evaluate(source, test, plan, ests, eval, dir, progress);
    status.finish();
    System.out.print(board.text(k));
    System.out.println("leaderboard: " + dir.resolve("leaderboard.md"));
    return 0;
  }
}
