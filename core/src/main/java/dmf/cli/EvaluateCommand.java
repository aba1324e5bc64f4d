package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.UserInputException;
import dmf.ratings.DataSource;
import dmf.ratings.Evaluation;
import dmf.ratings.Leaderboard;
import dmf.ratings.MethodSettings;
import dmf.ratings.RatingsFit;
import dmf.ratings.SplitPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmf evaluate}: every method on the same folds, as a leaderboard. */
@Command(name = "evaluate", sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
  @Mixin RatingsDataOptions data;

  @Option(names = "--test")
  Path test;

  @Option(names = "--folds", defaultValue = "5")
  int folds;

  @Mixin RatingsSplitOptions split;

  @Option(names = "--methods", defaultValue = "mean,biases,als,softimpute,dmf2,dmf3")
  String methods;

  @Option(names = "--set")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out")
  Path out;

  @Option(names = "--top-k", defaultValue = "10")
  int k;

  @Option(names = "--relevant", defaultValue = "4")
  double relevant;

  @Option(names = "--ranking-users", defaultValue = "1000")
  int rankingUsers;

  @Option(names = "--workers", defaultValue = "0")
  int workers;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Override
  public Integer call() {
    if (k < 1 || rankingUsers < 1) {
      throw new UserInputException("--top-k and --ranking-users must be at least 1");
    }
    Map<String, Map<String, Object>> chosen =
        MethodSettings.forEvaluation(methods, sets, split.seed);
    Path dir = out != null ? out : Path.of("evaluate-" + data.data.getFileName());
    DataSource source = data.source();
    SplitPlan plan = split.plan(test != null ? 0 : folds);
    int threads = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    Evaluation eval =
        new Evaluation(k, relevant, rankingUsers, split.seed, split.coldStart(), null, threads);
    StatusLine status = new StatusLine();
    ProgressListener progress = quiet ? ProgressListener.NONE : new StageProgress(status);
    Leaderboard board = RatingsFit.evaluate(source, test, plan, chosen, eval, dir, progress);
    status.finish();
    System.out.print(board.text(k));
    System.out.println("leaderboard: " + dir.resolve("leaderboard.md"));
    return 0;
  }
}
