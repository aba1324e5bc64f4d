package dmf.bench;

import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingResult;
import dmf.io.Json;
import dmf.linalg.Mat;
import dmf.optim.OptimizerKind;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The adaptive gradient-flow solver against small-step gradient descent on rank-5 100×100
 * completion from 2000 entries (or Gaussian sensing from as many measurements), init 1e-3: both run
 * to the same loss threshold, and the test error, nuclear norm and effective rank must agree within
 * {@value #TOLERANCE_PERCENT}%.
 *
 * @param depths the depths
 * @param gdLr the gradient-descent learning rate
 * @param gdTimeLimit seconds per gradient-descent run
 * @param seed the instance seed
 * @param sensing Gaussian sensing instead of completion
 * @param observations observed entries or measurements
 * @param flow the flow solver ({@code flow} or {@code flow-stiff})
 * @param flowRtol the flow solver's relative tolerance
 */
public record FlowCheck(
    List<Integer> depths,
    double gdLr,
    double gdTimeLimit,
    long seed,
    boolean sensing,
    int observations,
    OptimizerKind flow,
    double flowRtol) {
  /** Checks that {@code flow} is a flow solver. */
  public FlowCheck {
    depths = List.copyOf(depths);
    FLOW.parse(flow);
  }

  /** The depths. */
  public static final Setting<IntList> DEPTHS =
      Setting.ofIntList("depths", IntList.of(2, 3, 4), "depths").eachAtLeast(1);

  /** Gradient descent's learning rate. */
  public static final Setting<Double> GD_LR =
      Setting.ofDouble("gd_lr", 1e-2, "gradient-descent learning rate").positive();

  /** Seconds per gradient-descent run. */
  public static final Setting<Double> GD_TIME_LIMIT =
      Setting.ofDouble("gd_time_limit", 1800, "seconds per GD run (0 = none)").min(0);

  /** The instance seed. */
  public static final Setting<Long> SEED = Setting.ofLong("seed", 0, "instance seed");

  /** Completion or sensing. */
  public static final Setting<String> KIND =
      Setting.ofText("kind", "completion", "the problem kind")
          .require(k -> k.equals("completion") || k.equals("sensing"), "completion or sensing");

  /** Observed entries or measurements. */
  public static final Setting<Integer> OBSERVATIONS =
      Setting.ofInt("observations", 2000, "observed entries or measurements").min(1);

  /** The flow solver. */
  public static final Setting<OptimizerKind> FLOW =
      Setting.ofEnum("flow", OptimizerKind.class, OptimizerKind.FLOW, "the flow solver")
          .require(
              f -> f == OptimizerKind.FLOW || f == OptimizerKind.FLOW_STIFF, "flow or flow-stiff");

  /** The flow solver's relative tolerance. */
  public static final Setting<Double> FLOW_RTOL =
      Setting.ofDouble("flow_rtol", 1e-4, "flow relative tolerance").positive();

  /** The settings of the check: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "flow-check", DEPTHS, GD_LR, GD_TIME_LIMIT, SEED, KIND, OBSERVATIONS, FLOW, FLOW_RTOL);

  /** Where flow-check.json goes. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "also write flow-check.json into this folder");

  /**
   * @param s settings of {@link #TABLE}
   * @return the check they describe
   */
  public static FlowCheck of(Settings s) {
    return new FlowCheck(
        s.get(DEPTHS).values(),
        s.get(GD_LR),
        s.get(GD_TIME_LIMIT),
        s.get(SEED),
        s.get(KIND).equals("sensing"),
        s.get(OBSERVATIONS),
        s.get(FLOW),
        s.get(FLOW_RTOL));
  }

  /** The completion check of docs/performance.md: 2000 entries, the flow solver at rtol 1e-4. */
  public FlowCheck(List<Integer> depths, double gdLr, double gdTimeLimit, long seed) {
    this(depths, gdLr, gdTimeLimit, seed, false, 2000, OptimizerKind.FLOW, 1e-4);
  }

  /** The agreement asked for, in percent. */
  public static final int TOLERANCE_PERCENT = 2;

  /**
   * One depth compared.
   *
   * @param depth the depth
   * @param flow the flow run's values
   * @param gd the gradient-descent run's values
   * @param relDiff relative differences of test error, nuclear norm and effective rank
   */
  public record Row(
      int depth, TrainingResult flow, TrainingResult gd, Map<String, Double> relDiff) {
    /**
     * @return whether every relative difference is within the tolerance
     */
    public boolean within() {
      return relDiff.values().stream().allMatch(v -> v <= TOLERANCE_PERCENT / 100.0);
    }

    /**
     * @return the row as flow-check.json writes it
     */
    public Map<String, Object> toMap() {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("depth", depth);
      relDiff.forEach(
          (k, v) -> {
            r.put(k + "_flow", flow.last().get(k));
            r.put(k + "_gd", gd.last().get(k));
            r.put(k + "_rel_diff", v);
          });
      r.put("grads_flow", flow.gradientEvaluations());
      r.put("grads_gd", gd.gradientEvaluations());
      r.put("gd_stop", gd.stopReason());
      r.put("flow_stop", flow.stopReason());
      return r;
    }
  }

  /**
   * @param observers the observer of each run, by its label (e.g. "depth 3 flow")
   * @param lines receives each line of the comparison table
   * @return one row per depth
   */
  public List<Row> run(Function<String, SolveObserver> observers, Consumer<String> lines) {
    Mat truth = Generators.lowRankTruth(100, 100, 5, false, seed);
    Problem p =
        sensing
            ? Generators.sensing(truth, observations, false, seed)
            : Generators.completion(truth, observations, seed);
    lines.accept(
        String.format(
            Locale.ROOT,
            "%s (rtol %.0e) vs GD (lr %s): rank-5 100x100 %s, init 1e-3, loss <= 1e-6",
            flow,
            flowRtol,
            gdLr,
            (sensing ? "m=" : "|Ω|=") + observations));
    lines.accept(
        String.format(
            Locale.ROOT,
            "%-5s %-6s %10s %10s %12s %12s %10s %10s",
            "depth",
            "solver",
            "grads",
            "seconds",
            "test error",
            "nuclear",
            "eff rank",
            "stop"));
    List<Row> rows = new ArrayList<>();
    for (int depth : depths) {
      TrainingResult flow = train(p, depth, flow().label(), 1e-3, 0, observers);
      TrainingResult gd = train(p, depth, "gd", gdLr, gdTimeLimit, observers);
      Map<String, Double> rel = new LinkedHashMap<>();
      for (String k : new String[] {"test_error", "nuclear_norm", "effective_rank"}) {
        double a = flow.last().get(k);
        double b = gd.last().get(k);
        rel.put(k, Math.abs(a - b) / Math.abs(b));
      }
      Row row = new Row(depth, flow, gd, rel);
      rows.add(row);
      lines.accept(line(depth, "flow", flow));
      lines.accept(line(depth, "gd", gd));
      lines.accept(
          String.format(
              Locale.ROOT,
              "      rel. diff: test error %.2f%%, nuclear norm %.3f%%, effective rank %.3f%%; "
                  + "flow uses %.2f%% of GD's gradients",
              100 * rel.get("test_error"),
              100 * rel.get("nuclear_norm"),
              100 * rel.get("effective_rank"),
              100.0 * flow.gradientEvaluations() / gd.gradientEvaluations()));
    }
    boolean all = rows.stream().allMatch(Row::within);
    lines.accept((all ? "all" : "NOT all") + " within " + TOLERANCE_PERCENT + "%");
    return rows;
  }

  /**
   * Writes {@code dir/flow-check.json}.
   *
   * @param rows the compared depths
   * @param dir the folder
   * @return the file written
   */
  public Path writeJson(List<Row> rows, Path dir) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("gd_lr", gdLr);
    doc.put("rows", rows.stream().map(Row::toMap).toList());
    doc.put("all_within_2pct", rows.stream().allMatch(Row::within));
    Json.write(dir.resolve("flow-check.json"), doc);
    return dir.resolve("flow-check.json");
  }

  private TrainingResult train(
      Problem p,
      int depth,
      String opt,
      double lr,
      double timeLimit,
      Function<String, SolveObserver> observers) {
    return new DeepMatrixFactorization(
            Configs.with(
                Map.of(
                    "depth", depth,
                    "optimizer", opt,
                    "lr", lr,
                    "flow_rtol", flowRtol,
                    "time_limit", timeLimit,
                    "max_iters", 1_000_000_000L)))
        .train(p, observers.apply("depth " + depth + " " + opt));
  }

  private static String line(int depth, String name, TrainingResult r) {
    return String.format(
        Locale.ROOT,
        "%-5d %-6s %10d %10.2f %12.4e %12.6g %10.5f %10s",
        depth,
        name,
        r.gradientEvaluations(),
        r.seconds(),
        r.last().get("test_error"),
        r.last().get("nuclear_norm"),
        r.last().get("effective_rank"),
        r.stopReason());
  }
}
