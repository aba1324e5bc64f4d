package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.ratings.Estimators;
import dmf.ratings.Evaluation;
import dmf.ratings.Leaderboard;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingsFit;
import dmf.settings.SettingsTable;
import dmf.settings.Suggest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
@Command(
    name = "evaluate",
    sortOptions = false,
    description = {
      "Cross-validate rating methods on the same splits: RMSE, MAE, precision@k and NDCG@k on"
          + " held-out ratings, fit and predict seconds, mean ± std over the splits. Prints the"
          + " leaderboard and writes leaderboard.csv/.md/.png, results.csv and evaluation.json.",
      "Methods that have a regularization weight tune it on the validation part; the deep"
          + " factorization stops early on it."
    })
public class EvaluateCommand implements Callable<Integer> {
  @Mixin RatingsDataOptions data;

  @Option(names = "--test", description = "a separate test file (one split instead of folds)")
  Path test;

  @Option(names = "--folds", defaultValue = "5", description = "k of k-fold (default: 5)")
  int folds;

  @Mixin RatingsSplitOptions split;

  @Option(
      names = "--methods",
      defaultValue = "mean,biases,als,softimpute,dmf2,dmf3",
      description =
          "comma-separated: mean, biases, als, softimpute, dmf (dmfN = depth N) (default:"
              + " ${DEFAULT-VALUE})")
  String methods;

  @Option(
      names = "--set",
      description =
          "a method setting METHOD.key=value, or key=value for every method that has the key"
              + " (repeatable)")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--out",
      description = "folder for the leaderboard files (default: evaluate-<data file name>)")
  Path out;

  @Option(names = "--top-k", defaultValue = "10", description = "ranking cut-off k (default: 10)")
  int k;

  @Option(
      names = "--relevant",
      defaultValue = "4",
      description = "held-out ratings ≥ this are relevant for ranking (default: 4)")
  double relevant;

  @Option(
      names = "--ranking-users",
      defaultValue = "1000",
      description = "rank for at most this many users per split (default: 1000)")
  int rankingUsers;

  @Option(
      names = "--workers",
      defaultValue = "0",
      description =
          "splits evaluated in parallel, one thread each (default: the number of cores); results"
              + " do not depend on it")
  int workers;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress line")
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
    Map<String, Map<String, Object>> chosen = methodSettings();
    Path dir = out != null ? out : Path.of("evaluate-" + data.data.getFileName().toString());
    RatingsProgress progress = new RatingsProgress(System.err);
    Leaderboard board =
        RatingsFit.evaluate(
            data.source(),
            test,
            split.plan(test != null ? 0 : folds),
            chosen.entrySet().stream().map(e -> estimator(e.getKey(), e.getValue())).toList(),
            new Evaluation(
                k,
                relevant,
                rankingUsers,
                split.seed,
                split.coldStart(),
                null,
                workers > 0 ? workers : Runtime.getRuntime().availableProcessors()),
            dir,
            quiet ? ProgressListener.NONE : progress);
    progress.finish();
    System.out.print(board.text(k));
    System.out.println("leaderboard: " + dir.resolve("leaderboard.md"));
    return 0;
  }

  /** Each method with the --set values that belong to it. */
  private Map<String, Map<String, Object>> methodSettings() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (String m : methods.split(",")) {
      String name = m.trim();
      if (name.isEmpty()) {
        continue;
      }
      Estimators.table(name);
      if (out.put(name, new LinkedHashMap<>()) != null) {
        throw new UserInputException("--methods names " + name + " twice");
      }
    }
    if (out.isEmpty()) {
      throw new UserInputException("--methods is empty");
    }
    for (String kv : sets) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException("--set expects [METHOD.]key=value, got '" + kv + "'");
      }
      String key = kv.substring(0, eq).trim();
      String value = kv.substring(eq + 1).trim();
      int dot = key.indexOf('.');
      boolean used = false;
      List<String> known = new ArrayList<>();
      for (Map.Entry<String, Map<String, Object>> e : out.entrySet()) {
        String target = dot > 0 ? key.substring(0, dot) : e.getKey();
        String k = dot > 0 ? key.substring(dot + 1) : key;
        SettingsTable t = Estimators.table(e.getKey());
        known.addAll(t.keys());
        boolean mine = target.equals(e.getKey()) || target.equals(Estimators.base(e.getKey()));
        if (mine && t.has(k)) {
          e.getValue().put(k, value);
          used = true;
        }
      }
      if (!used) {
        throw new UserInputException(
            "--set "
                + kv
                + ": no chosen method has the setting '"
                + (dot > 0 ? key.substring(dot + 1) : key)
                + "'"
                + Suggest.hint(dot > 0 ? key.substring(dot + 1) : key, known));
      }
    }
    for (Map.Entry<String, Map<String, Object>> e : out.entrySet()) {
      if (Estimators.table(e.getKey()).has("seed")) {
        e.getValue().putIfAbsent("seed", split.seed);
      }
    }
    return out;
  }
}
