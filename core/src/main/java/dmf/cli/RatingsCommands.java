package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.UserInputException;
import dmf.ratings.ColdStart;
import dmf.ratings.DataSource;
import dmf.ratings.Evaluation;
import dmf.ratings.FitReport;
import dmf.ratings.Leaderboard;
import dmf.ratings.MethodSettings;
import dmf.ratings.ModelFolder;
import dmf.ratings.Predictions;
import dmf.ratings.RatingModel;
import dmf.ratings.RatingsFit;
import dmf.ratings.Recommendations;
import dmf.ratings.SplitPlan;
import dmf.settings.Choice;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dmf predict}, {@code dmf recommend} and {@code dmf evaluate} ({@code fit}: FitCommand).
 */
final class RatingsCommands {
  private RatingsCommands() {}

  /** {@code dmf fit}: fit a rating model on a ratings file and write a model folder. */
  @Command(name = "fit", sortOptions = false)
  static int fit(
      @Mixin Data data,
      @Option(names = "--out", required = true) Path out,
      @Option(names = "--test") Path test,
      @Mixin Split split,
      @Option(names = "--method", defaultValue = "dmf") String method,
      @Mixin SettingsSources sources,
      @Option(names = {"-q", "--quiet"}) boolean quiet) {
    Map<String, Object> settings =
        MethodSettings.forFit(method, sources.flags(), sources.layers(), split.seed);
    if (test != null && split.testFraction != null) {
      throw new UserInputException("give --test FILE or --test-fraction, not both");
    }
    StatusLine status = new StatusLine();
    ProgressListener progress = quiet ? ProgressListener.NONE : new StageProgress(status);
    RatingsFit.Outcome o =
        RatingsFit.run(
            data.source(), test, split.plan(0), method, settings, split.coldStart(), out, progress);
    status.finish();
    FitReport.lines(o, data.data, out).forEach(System.out::println);
    return 0;
  }

  /** {@code dmf predict}: predicted ratings for a file of (user, item) pairs. */
  @Command(name = "predict", sortOptions = false)
  static int predict(
      @Option(names = "--model", required = true) Path model,
      @Option(names = "--pairs", required = true) Path pairs,
      @Option(names = "--out", required = true) Path out) {
    RatingModel m = ModelFolder.read(model);
    System.out.println(Predictions.write(m, pairs, out).line(out, m.coldStart()));
    return 0;
  }

  /** {@code dmf recommend}: the top items for one user or for all users. */
  @Command(name = "recommend", sortOptions = false)
  static int recommend(
      @Option(names = "--model", required = true) Path model,
      @Option(names = "--user") String user,
      @Option(names = "--all-users") boolean allUsers,
      @Option(names = "--top", defaultValue = "10") int top,
      @Option(names = "--out") Path out,
      @Option(names = "--include-rated") boolean includeRated) {
    if (allUsers == (user != null)) {
      throw new UserInputException("give --user ID or --all-users, one of them");
    }
    if (allUsers && out == null) {
      throw new UserInputException("--all-users needs --out FILE");
    }
    if (top < 1) {
      throw new UserInputException("--top must be at least 1, got " + top);
    }
    RatingModel m = ModelFolder.read(model);
    if (allUsers) {
      int n = Recommendations.forAllUsers(m, top, !includeRated, out);
      System.out.printf(Locale.ROOT, "top %d items for %,d users written to %s%n", top, n, out);
    } else {
      Recommendations.csv(Recommendations.forUser(m, user, top, !includeRated))
          .forEach(System.out::println);
    }
    return 0;
  }

  /** {@code dmf evaluate}: every method on the same folds, as a leaderboard. */
  @Command(name = "evaluate", sortOptions = false)
  static int evaluate(
      @Mixin Data data,
      @Option(names = "--test") Path test,
      @Option(names = "--folds", defaultValue = "5") int folds,
      @Mixin Split split,
      @Option(names = "--methods", defaultValue = "mean,biases,als,softimpute,dmf2,dmf3")
          String methods,
      @Option(names = "--set") List<String> sets,
      @Option(names = "--out") Path out,
      @Option(names = "--top-k", defaultValue = "10") int k,
      @Option(names = "--relevant", defaultValue = "4") double relevant,
      @Option(names = "--ranking-users", defaultValue = "1000") int rankingUsers,
      @Option(names = "--workers", defaultValue = "0") int workers,
      @Option(names = {"-q", "--quiet"}) boolean quiet) {
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
    Leaderboard board = RatingsFit.evaluate(source, test, plan, chosen, eval, dir, progress);
    status.finish();
    System.out.print(board.text(k));
    System.out.println("leaderboard: " + dir.resolve("leaderboard.md"));
    return 0;
  }

  /** How to read a ratings file: the options of {@code fit} and {@code evaluate}. */
  static final class Data {
    @Option(names = "--data", required = true, descriptionKey = "ratings.data")
    Path data;

    @Option(names = "--format", defaultValue = "auto", descriptionKey = "ratings.format")
    String format;

    @Option(names = "--separator", descriptionKey = "ratings.separator")
    String separator;

    @Option(names = "--columns", descriptionKey = "ratings.columns")
    String columns;

    @Option(names = "--header", descriptionKey = "ratings.header")
    String header;

    @Option(names = "--skip-bad-lines", descriptionKey = "ratings.skip-bad-lines")
    boolean skipBadLines;

    @Option(names = "--rating-min", descriptionKey = "ratings.rating-min")
    Double ratingMin;

    @Option(names = "--rating-max", descriptionKey = "ratings.rating-max")
    Double ratingMax;

    @Option(names = "--cache", defaultValue = "auto", descriptionKey = "ratings.cache")
    String cache;

    @Option(names = "--cache-dir", descriptionKey = "ratings.cache-dir")
    Path cacheDir;

    DataSource source() {
      return DataSource.parse(
          data,
          format,
          separator,
          columns,
          header,
          skipBadLines,
          ratingMin,
          ratingMax,
          cache,
          cacheDir);
    }
  }

  /** How to split and score: the options of {@code fit} and {@code evaluate}. */
  static final class Split {
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
}
