package dmf.cli;

import dmf.deep.Factors;
import dmf.deep.TrainingConfig;
import dmf.experiment.TrainingRun;
import dmf.io.ConfigFiles;
import dmf.io.data.FactorFiles;
import dmf.io.data.Instances;
import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dmf train}: deep factorization on an instance folder. Settings resolve as defaults, then
 * {@code --config} files in order, then {@code --set key=value}, then explicit flags.
 */
@Command(
    name = "train",
    sortOptions = false,
    description = "Train a deep matrix factorization on an instance folder.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--instance", required = true, description = "instance folder (see dmf gen)")
  Path instance;

  @Option(names = "--out", required = true, description = "result folder to write")
  Path out;

  @Option(names = "--depth", description = "depth N ≥ 1 (default 3)")
  Integer depth;

  @Option(
      names = "--widths",
      split = ",",
      description = "hidden widths d_1..d_{N-1} (default full)")
  List<Integer> widths;

  @Option(
      names = "--init",
      description = "gaussian|uniform|orthogonal|identity|balanced (default gaussian)")
  String init;

  @Option(names = "--init-scale", description = "RMS entry of W₀ (default 1e-3)")
  Double initScale;

  @Option(names = "--init-from", description = "folder of A1.npy … AN.npy starting factors")
  Path initFrom;

  @Option(
      names = "--optimizer",
      description = "gd|grouprmsprop|adam|flow|flow-stiff (default grouprmsprop)")
  String optimizer;

  @Option(names = "--lr", description = "learning rate (default 1e-3)")
  Double lr;

  @Option(names = "--max-iters", description = "iteration budget (default 1000000)")
  Long maxIters;

  @Option(names = "--loss-threshold", description = "stop at train loss ≤ this (default 1e-6)")
  Double lossThreshold;

  @Option(names = "--time-limit", description = "wall-time budget in seconds (default none)")
  Double timeLimit;

  @Option(names = "--log-every", description = "metrics interval in iterations (default 1000)")
  Long logEvery;

  @Option(
      names = {"--top-k", "--track-spectrum"},
      description = "singular values to record (default 10)")
  Integer topK;

  @Option(names = "--seed", description = "seed of the init stream (default 0)")
  Long seed;

  @Option(names = "--precision", description = "float64|float32 (default float64)")
  String precision;

  @Option(names = "--config", description = "TOML settings file (repeatable; later files win)")
  List<Path> configs = new ArrayList<>();

  @Option(names = "--set", description = "override one setting: key=value (repeatable)")
  List<String> sets = new ArrayList<>();

  @Option(names = "--save-factors", description = "also write the final factors to OUT/factors")
  boolean saveFactors;

  @Option(
      names = {"-q", "--quiet"},
      description = "no progress line")
  boolean quiet;

  @Override
  public Integer call() {
    Map<String, Object> m = ConfigFiles.merge(configs, sets);
    putIf(m, "depth", depth);
    if (widths != null) {
      m.put("widths", widths);
    }
    putIf(m, "init", init);
    putIf(m, "init_scale", initScale);
    putIf(m, "optimizer", optimizer);
    putIf(m, "lr", lr);
    putIf(m, "max_iters", maxIters);
    putIf(m, "loss_threshold", lossThreshold);
    putIf(m, "time_limit", timeLimit);
    putIf(m, "log_every", logEvery);
    putIf(m, "top_k", topK);
    putIf(m, "seed", seed);
    putIf(m, "precision", precision);
    TrainingConfig config = TrainingConfig.fromMap(m);
    Problem problem = Instances.read(instance);
    List<Mat> init0 = initFrom == null ? null : FactorFiles.read(initFrom);
    if (init0 != null) {
      Factors.check(
          config.architecture(problem.rows(), problem.cols()), init0, initFrom.toString());
    }
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("instance", instance.toAbsolutePath().normalize().toString());
    context.put("init_from", initFrom == null ? "" : initFrom.toAbsolutePath().toString());
    Progress progress = new Progress(System.err, "train", config.lossThreshold());
    TrainingRun.Outcome o =
        new TrainingRun(problem, config, init0, context, saveFactors)
            .execute(out, quiet ? SolveObserver.NONE : progress);
    progress.finish();
    Report.summary(System.out, o.summary(), out);
    return 0;
  }

  private static void putIf(Map<String, Object> m, String key, Object v) {
    if (v != null) {
      m.put(key, v);
    }
  }
}
