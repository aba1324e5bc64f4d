package dmf.bench;

import dmf.base.Printout;
import dmf.base.Stats;
import dmf.base.Workers;
import dmf.deep.IterationTimer;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingSettings;
import dmf.io.Json;
import dmf.io.data.Instances;
import dmf.linalg.Backend;
import dmf.linalg.Precision;
import dmf.optim.OptimizerKind;
import dmf.problem.Problem;
import dmf.settings.IntList;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The factored engine at scale on one instance folder: load time, set-up time, seconds per
 * full-batch iteration (loss, every factor gradient, one GroupRMSprop step) in wall and CPU time,
 * observed entries per second, peak resident memory and threads; and the same figures for the
 * PyTorch peer {@code factored_torch.py} on the same instance, depth, width, precision and threads
 * when it is available.
 *
 * @param instance the instance folder
 * @param depth depth N
 * @param width hidden width
 * @param precision precision of the training loop
 * @param threads threads (0 = all cores)
 * @param warmup untimed iterations
 * @param iterations timed iterations
 */
public record ScaleBench(
    Path instance,
    int depth,
    int width,
    Precision precision,
    int threads,
    int warmup,
    int iterations) {
  /** Hidden width. */
  public static final Setting<Integer> WIDTH = Setting.ofInt("width", 64, "hidden width").min(1);

  /** Precision of the training loop. */
  public static final Setting<Precision> PRECISION =
      Setting.ofEnum("precision", Precision.class, Precision.FLOAT32, "float32 or float64");

  /** Threads. */
  public static final Setting<Integer> THREADS =
      Setting.ofInt("threads", 0, "threads, 0 = all cores").min(0);

  /** Timed iterations. */
  public static final Setting<Integer> ITERS = Setting.ofInt("iters", 5, "timed iterations").min(1);

  /** Untimed iterations before the timed ones. */
  public static final Setting<Integer> WARMUP =
      Setting.ofInt("warmup", 1, "untimed iterations first").min(0);

  /** The settings of the benchmark: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "bench-scale",
          TrainingSettings.DEPTH,
          WIDTH,
          PRECISION,
          THREADS,
          ITERS,
          WARMUP,
          TorchPeer.PEERS);

  /** The instance folder. */
  public static final Setting<Path> INSTANCE =
      Setting.ofPath("instance", "instance folder").required();

  /** Where the figures go as JSON. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "also write the figures as JSON to this file");

  /** What {@code dmf bench scale} runs on and writes besides {@link #TABLE}. */
  public static final SettingsTable OPTIONS =
      SettingsTable.of("bench scale options", INSTANCE, BenchOptions.NO_TORCH, OUT);

  /**
   * @param instance the instance folder
   * @param s settings of {@link #TABLE}
   * @return the benchmark they describe
   */
  public static ScaleBench of(Path instance, Settings s) {
    return new ScaleBench(
        instance,
        s.get(TrainingSettings.DEPTH),
        s.get(WIDTH),
        s.get(PRECISION),
        s.get(THREADS),
        s.get(WARMUP),
        s.get(ITERS));
  }

  /**
   * Runs dmf's part in this process.
   *
   * @return the figures by name (seconds, entries per second, bytes, …)
   */
  public Map<String, Object> runDmf() {
    long t0 = System.nanoTime();
    Problem p = Instances.read(instance);
    double load = (System.nanoTime() - t0) * 1e-9;
    TrainingConfig c =
        TrainingConfig.defaults()
            .with(TrainingSettings.DEPTH, depth)
            .with(TrainingSettings.WIDTHS, IntList.of(width))
            .with(TrainingSettings.PRECISION, precision)
            .with(TrainingSettings.OPTIMIZER, OptimizerKind.GROUPRMSPROP)
            .with(TrainingSettings.THREADS, threads);
    IterationTimer.Timing t = IterationTimer.sample(p, c, warmup, iterations);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", p.rows());
    m.put("cols", p.cols());
    m.put("observed", p.observationCount());
    m.put("depth", depth);
    m.put("width", width);
    m.put("precision", precision.label());
    m.put("threads", Workers.resolve(threads));
    m.put("load_seconds", load);
    m.put("setup_seconds", t.setupSeconds());
    m.put("sec_per_iter", min(t.wallSeconds()));
    m.put("sec_per_iter_median", Stats.median(t.wallSeconds()));
    m.put("sec_per_iter_max", Arrays.stream(t.wallSeconds()).max().orElse(Double.NaN));
    m.put("cpu_sec_per_iter", min(t.cpuSeconds()));
    m.put("entries_per_sec", p.observationCount() / min(t.wallSeconds()));
    m.put("train_rmse_first", Math.sqrt(t.firstLoss()));
    m.put("train_rmse_last", Math.sqrt(t.lastLoss()));
    m.put("peak_rss_bytes", ProcStatus.bytes("VmHWM").orElse(-1L));
    m.put("triad_gb_per_sec_1_thread", StreamTriad.gigabytesPerSecond(1 << 25, 5, 1));
    m.put("triad_gb_per_sec", StreamTriad.gigabytesPerSecond(1 << 25, 5, threads));
    return m;
  }

  /**
   * Runs {@code factored_torch.py} on the same instance, depth, width, precision and threads.
   *
   * @param peer the interpreter and peers folder
   * @return its JSON figures, or empty when it failed (the message under "error")
   */
  public Map<String, Object> runPeer(TorchPeer peer) {
    List<String> args =
        List.of(
            "--instance",
            instance.toString(),
            "--depth",
            Integer.toString(depth),
            "--width",
            Integer.toString(width),
            "--iters",
            Integer.toString(iterations),
            "--warmup",
            Integer.toString(warmup),
            "--dtype",
            precision.label(),
            "--threads",
            Integer.toString(Workers.resolve(threads)));
    try {
      return peer.runScript(
          "factored_torch.py",
          args,
          Workers.resolve(threads),
          Path.of(System.getProperty("java.io.tmpdir")));
    } catch (IOException ex) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("error", ex.getMessage());
      return m;
    }
  }

  /**
   * Runs dmf, then the PyTorch peer when one is given, and reports each as a line {@code who:
   * key=value …} and, when both ran, the ratio of their seconds per iteration.
   *
   * @param peer the peer, or empty to run dmf alone
   * @param lines receives each line of the report
   * @param json a file to write the figures to as JSON, or null
   * @return the figures: "dmf", "torch" and "dmf_over_torch" (the latter two when the peer ran)
   */
  public Map<String, Object> report(Optional<TorchPeer> peer, Consumer<String> lines, Path json) {

    Map<String, Object> all = report(peer, lines);
    if (json != null) {
      Json.write(json, all);
    }
    return all;
  }

  private Map<String, Object> report(Optional<TorchPeer> peer, Consumer<String> lines) {
    lines.accept("dmf bench scale: " + Backend.get().description());
    Map<String, Object> all = new LinkedHashMap<>();
    Map<String, Object> dmf = runDmf();
    all.put("dmf", dmf);
    lines.accept(line("dmf", dmf));
    if (peer.isEmpty()) {
      lines.accept("torch: not run (no --peers folder or no torch in /usr/bin/python3)");
      return all;
    }
    Map<String, Object> torch = runPeer(peer.get());
    all.put("torch", torch);
    lines.accept(line("torch", torch));
    if (torch.get("sec_per_iter") instanceof Number t) {
      double ratio = ((Number) dmf.get("sec_per_iter")).doubleValue() / t.doubleValue();
      all.put("dmf_over_torch", ratio);
      lines.accept(String.format(Locale.ROOT, "dmf / torch seconds per iteration: %.3f", ratio));
    }
    return all;
  }

  private static String line(String who, Map<String, Object> m) {
    StringBuilder sb = new StringBuilder(who).append(':');
    for (Map.Entry<String, Object> e : m.entrySet()) {
      Object v = e.getValue();
      sb.append(' ').append(e.getKey()).append('=');
      sb.append(v instanceof Double d ? String.format(Locale.ROOT, "%.4g", d) : String.valueOf(v));
    }
    return sb.toString();
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  /**
   * What {@code dmf bench scale} does: {@link #report} on {@link #INSTANCE}, with the PyTorch peer
   * unless {@link BenchOptions#NO_TORCH}.
   *
   * @param o settings of {@link #OPTIONS}
   * @param s settings of {@link #TABLE}
   * @param lines receives the report's lines as they are measured
   * @return nothing more to show
   */
  public static Printout perform(Settings o, Settings s, Consumer<String> lines) {
    of(o.get(INSTANCE), s)
        .report(TorchPeer.find(s, !o.get(BenchOptions.NO_TORCH)), lines, o.get(OUT));
    return Printout.of(List.of());
  }
}
