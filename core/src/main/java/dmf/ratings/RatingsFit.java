package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import dmf.io.Json;
import dmf.io.data.RatingsTable;
import dmf.io.provenance.Provenance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of {@code dmf fit} as one library call: read the data (and a test file), split, fit one
 * method, measure train/validation/test accuracy and write the model folder.
 */
public final class RatingsFit {
  private RatingsFit() {}

  /**
   * What a fit produced.
   *
   * @param model the model
   * @param split the split it was fitted on
   * @param train accuracy on the training part
   * @param validation accuracy on the validation part (NaN when empty)
   * @param test accuracy on the test part (NaN when empty)
   * @param data the ratings read
   */
  public record Outcome(
      RatingModel model,
      Split split,
      Accuracy train,
      Accuracy validation,
      Accuracy test,
      RatingsTable data) {}

  /**
   * @param data the ratings
   * @param testFile a separate test file read like the data, or null
   * @param plan how to split the data (ignored with a test file, except validation and seed)
   * @param method a method name (see {@link Estimators})
   * @param settings the method's raw settings
   * @param coldStart the cold-start rule
   * @param out the model folder to write, or null for none
   * @param listener progress
   * @return the outcome
   */
  public static Outcome run(
      DataSource data,
      Path testFile,
      SplitPlan plan,
      String method,
      Map<String, ?> settings,
      ColdStart coldStart,
      Path out,
      ProgressListener listener) {
    return run(data, testFile, plan, Estimators.create(method, settings), coldStart, out, listener);
  }

  /**
   * {@link #run(DataSource, Path, SplitPlan, String, Map, ColdStart, Path, ProgressListener)} with
   * an estimator made by the caller (e.g. one that trains on a cluster).
   *
   * @param data the ratings
   * @param testFile a separate test file read like the data, or null
   * @param plan how to split the data (ignored with a test file, except validation and seed)
   * @param est the estimator
   * @param coldStart the cold-start rule
   * @param out the model folder to write, or null for none
   * @param listener progress
   * @return the outcome
   */
  public static Outcome run(
      DataSource data,
      Path testFile,
      SplitPlan plan,
      RatingEstimator est,
      ColdStart coldStart,
      Path out,
      ProgressListener listener) {
    Instant start = Instant.now();
    if (out != null) {
      ModelFolder.checkTarget(out);
    }
    if (plan.kind() == SplitPlan.Kind.KFOLD) {
      throw new UserInputException("fit takes one split; use dmf evaluate for k folds");
    }
    RatingsTable all = data.load(listener);
    Split split = splits(data, all, testFile, plan, listener).get(0);
    RatingRange range = data.range(RatingRange.of(split.train()));
    RatedItems rated =
        RatedItems.of(split.train().rows(), split.train(), split.validation(), split.test());
    RatingModel model = est.fit(split.fitInput(range, coldStart, rated), listener);
    Accuracy tr = Accuracy.of(model, split.train());
    Accuracy va = Accuracy.of(model, split.validation());
    Accuracy te = Accuracy.of(model, split.test());
    if (out != null) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("data", describe(data, all));
      if (testFile != null) {
        extra.put("test_file", testFile.toAbsolutePath().toString());
      }
      extra.put("split", split.name());
      extra.put("split_seed", plan.seed());
      extra.put("validation_fraction", plan.validationFraction());
      extra.put(
          "sizes",
          Map.of(
              "train", split.train().size(),
              "validation", split.validation().size(),
              "test", split.test().size()));
      extra.put("accuracy", Map.of("train", map(tr), "validation", map(va), "test", map(te)));
      ModelFolder.write(
          out,
          model,
          est.settings().toMap(),
          extra,
          Provenance.of(plan.seed(), null, start, Instant.now()));
    }
    return new Outcome(model, split, tr, va, te, all);
  }

  /**
   * The splits of {@code dmf fit} and {@code dmf evaluate}: one split against a separate test file
   * (ids matched by value), else the plan's.
   *
   * @param data where the ratings come from
   * @param all the ratings, read
   * @param testFile a separate test file read like the data, or null
   * @param plan how to split (with a test file: its validation fraction and seed only)
   * @param listener progress of reading the test file
   * @return the splits
   */
  public static List<Split> splits(
      DataSource data, RatingsTable all, Path testFile, SplitPlan plan, ProgressListener listener) {
    return testFile != null
        ? List.of(
            Splits.given(
                all,
                data.withFile(testFile).load(listener),
                plan.validationFraction(),
                plan.seed()))
        : plan.apply(all);
  }

  private static Map<String, Object> describe(DataSource d, RatingsTable t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", d.file().toAbsolutePath().toString());
    m.put("format", d.format().describe());
    m.put("ratings", t.size());
    m.put("users", t.rows());
    m.put("items", t.cols());
    m.put("lines", t.counts().lines());
    m.put("skipped_lines", t.counts().skipped());
    m.put("duplicates_dropped", t.counts().duplicates());
    return m;
  }

  private static Map<String, Object> map(Accuracy a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rmse", a.rmse());
    m.put("mae", a.mae());
    m.put("predicted", a.predicted());
    m.put("dropped", a.dropped());
    return m;
  }

  /**
   * The whole of {@code dmf evaluate}: read the data, split it (k folds, one split, or a given test
   * file), run every method on every split, and write the leaderboard ({@link Leaderboard#write})
   * and {@code evaluation.json} (data, splits, settings, provenance).
   *
   * @param data the ratings
   * @param testFile a separate test file, or null
   * @param plan how to split
   * @param methods method names (see {@link Estimators}) with their raw settings, in order
   * @param eval how to score
   * @param out the folder to write, or null
   * @param listener progress
   * @return the leaderboard
   */
  public static Leaderboard evaluate(
      DataSource data,
      Path testFile,
      SplitPlan plan,
      Map<String, Map<String, Object>> methods,
      Evaluation eval,
      Path out,
      ProgressListener listener) {
    return evaluate(
        data,
        testFile,
        plan,
        methods.entrySet().stream().map(e -> Estimators.create(e.getKey(), e.getValue())).toList(),
        eval,
        out,
        listener);
  }

  /**
   * {@link #evaluate(DataSource, Path, SplitPlan, Map, Evaluation, Path, ProgressListener)} with
   * estimators made by the caller (e.g. ones that train on a cluster).
   *
   * @param data the ratings
   * @param testFile a separate test file, or null
   * @param plan how to split
   * @param ests the estimators, in order
   * @param eval how to score
   * @param out the folder to write, or null
   * @param listener progress
   * @return the leaderboard
   */
  public static Leaderboard evaluate(
      DataSource data,
      Path testFile,
      SplitPlan plan,
      List<RatingEstimator> ests,
      Evaluation eval,
      Path out,
      ProgressListener listener) {
    Instant start = Instant.now();
    RatingsTable all = data.load(listener);
    List<Split> splits = splits(data, all, testFile, plan, listener);
    for (Split s : splits) {
      if (!s.hasTest()) {
        throw new UserInputException(
            "evaluate needs a test part; the split " + s.name() + " has none");
      }
    }
    Leaderboard board = eval.run(splits, ests, listener);
    if (out != null) {
      String title =
          data.file().getFileName() + ": " + splits.get(0).name().replaceAll(" 1/", " ×");
      board.write(out, eval.k(), title);
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("data", describe(data, all));
      if (testFile != null) {
        j.put("test_file", testFile.toAbsolutePath().toString());
      }
      j.put("splits", splits.stream().map(Split::name).toList());
      j.put("split_seed", plan.seed());
      j.put("validation_fraction", plan.validationFraction());
      j.put(
          "ranking",
          Map.of(
              "k",
              eval.k(),
              "relevant_at_least",
              eval.threshold(),
              "max_users",
              eval.rankingUsers()));
      j.put("cold_start", eval.coldStart().label());
      Map<String, Object> settings = new LinkedHashMap<>();
      for (RatingEstimator e : ests) {
        settings.put(e.name(), e.settings().toMap());
      }
      j.put("methods", settings);
      j.put("provenance", Provenance.of(plan.seed(), null, start, Instant.now()));
      Json.write(out.resolve("evaluation.json"), j);
    }
    return board;
  }
}
