package dmf.cli;

import dmf.base.UserInputException;
import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingResult;
import dmf.io.Json;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dmf flow-check}: the adaptive gradient-flow solver against small-step gradient descent on
 * rank-5 100×100 completion from 2000 entries (or Gaussian sensing from 2000 measurements), init
 * 1e-3: both run to the same loss threshold, and the test error, nuclear norm and effective rank
 * are compared.
 */
@Command(
    name = "flow-check",
    sortOptions = false,
    description = "Check that the adaptive flow solver lands where small-step GD lands.")
final class FlowCheckCommand implements Callable<Integer> {
  @Option(
      names = "--depths",
      split = ",",
      defaultValue = "2,3,4",
      description = "depths (default ${DEFAULT-VALUE})")
  List<Integer> depths;

  @Option(
      names = "--gd-lr",
      defaultValue = "1e-2",
      description = "gradient-descent learning rate (default ${DEFAULT-VALUE})")
  double gdLr;

  @Option(
      names = "--gd-time-limit",
      defaultValue = "1800",
      description = "seconds per GD run (default ${DEFAULT-VALUE})")
  double gdTimeLimit;

  @Option(names = "--seed", defaultValue = "0", description = "instance seed")
  long seed;

  @Option(
      names = "--kind",
      defaultValue = "completion",
      description = "completion or sensing (default ${DEFAULT-VALUE})")
  String kind;

  @Option(
      names = "--observations",
      defaultValue = "2000",
      description = "observed entries or measurements (default ${DEFAULT-VALUE})")
  int observations;

  @Option(
      names = "--flow",
      defaultValue = "flow",
      description = "flow or flow-stiff (default ${DEFAULT-VALUE})")
  String flowOptimizer;

  @Option(
      names = "--flow-rtol",
      defaultValue = "1e-4",
      description = "flow relative tolerance (default ${DEFAULT-VALUE})")
  double flowRtol;

  @Option(names = "--out", description = "also write flow-check.json into this folder")
  Path out;

  @Override
  public Integer call() {
    if (!flowOptimizer.startsWith("flow") || !TrainingConfig.OPTIMIZERS.contains(flowOptimizer)) {
      throw new UserInputException(
          "--flow must be flow or flow-stiff, got '" + flowOptimizer + "'");
    }
    Mat truth = Generators.lowRankTruth(100, 100, 5, false, seed);
    Problem p =
        switch (kind) {
          case "completion" -> Generators.completion(truth, observations, seed);
          case "sensing" -> Generators.sensing(truth, observations, false, seed);
          default ->
              throw new UserInputException(
                  "--kind must be completion or sensing, got '" + kind + "'");
        };
    System.out.println(
        String.format(
            Locale.ROOT,
            "%s (rtol %.0e) vs GD (lr %s): rank-5 100x100 %s, init 1e-3, loss <= 1e-6",
            flowOptimizer,
            flowRtol,
            gdLr,
            kind.equals("sensing") ? "m=" + observations : "|Ω|=" + observations));
    System.out.println(
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
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean allWithin = true;
    for (int depth : depths) {
      TrainingResult flow = run(p, depth, flowOptimizer, 1e-3, 0, flowRtol);
      TrainingResult gd = run(p, depth, "gd", gdLr, gdTimeLimit, flowRtol);
      print(depth, "flow", flow);
      print(depth, "gd", gd);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("depth", depth);
      for (String k : new String[] {"test_error", "nuclear_norm", "effective_rank"}) {
        double a = flow.last().get(k);
        double b = gd.last().get(k);
        double rel = Math.abs(a - b) / Math.abs(b);
        r.put(k + "_flow", a);
        r.put(k + "_gd", b);
        r.put(k + "_rel_diff", rel);
        allWithin &= rel <= 0.02;
      }
      r.put("grads_flow", flow.gradientEvaluations());
      r.put("grads_gd", gd.gradientEvaluations());
      r.put("gd_stop", gd.stopReason());
      r.put("flow_stop", flow.stopReason());
      rows.add(r);
      System.out.println(
          String.format(
              Locale.ROOT,
              "      rel. diff: test error %.2f%%, nuclear norm %.3f%%, effective rank %.3f%%; "
                  + "flow uses %.2f%% of GD's gradients",
              100 * (double) r.get("test_error_rel_diff"),
              100 * (double) r.get("nuclear_norm_rel_diff"),
              100 * (double) r.get("effective_rank_rel_diff"),
              100.0 * flow.gradientEvaluations() / gd.gradientEvaluations()));
    }
    System.out.println(allWithin ? "all within 2%" : "NOT all within 2%");
    if (out != null) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("gd_lr", gdLr);
      doc.put("rows", rows);
      doc.put("all_within_2pct", allWithin);
      Json.write(out.resolve("flow-check.json"), doc);
    }
    return 0;
  }

  private static TrainingResult run(
      Problem p, int depth, String opt, double lr, double timeLimit, double rtol) {
    Map<String, Object> m = TrainingConfig.defaults().toMap();
    m.put("depth", depth);
    m.put("optimizer", opt);
    m.put("flow_rtol", rtol);
    m.put("lr", lr);
    m.put("time_limit", timeLimit);
    m.put("max_iters", 1_000_000_000L);
    m.put("log_every", 1_000_000_000L);
    Progress progress = new Progress(System.err, "depth " + depth + " " + opt, 1e-6);
    TrainingResult r = new DeepMatrixFactorization(TrainingConfig.fromMap(m)).train(p, progress);
    progress.finish();
    return r;
  }

  private static void print(int depth, String name, TrainingResult r) {
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-5d %-6s %10d %10.2f %12.4e %12.6g %10.5f %10s",
            depth,
            name,
            r.gradientEvaluations(),
            r.seconds(),
            r.last().get("test_error"),
            r.last().get("nuclear_norm"),
            r.last().get("effective_rank"),
            r.stopReason()));
  }
}
