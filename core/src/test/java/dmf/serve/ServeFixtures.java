package dmf.serve;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Results folders for the dashboard tests: a real small sweep and a run that is being written. */
final class ServeFixtures {
  /** Singular values each run of {@link #smallSweep} records. */
  static final int TOP_K = 5;

  private ServeFixtures() {}

  /**
   * Runs a real sweep: rank-2 30×30 completion from 300 entries by depths 1, 2 and 3 (three runs),
   * logging every 10 iterations with the top {@value #TOP_K} singular values.
   *
   * @param dir the sweep folder
   * @return the runs
   */
  static List<RunSpec> smallSweep(Path dir) {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("kind", "completion");
    base.put("rows", 30);
    base.put("cols", 30);
    base.put("rank", 2);
    base.put("observations", 300);
    base.put("optimizer", "gd");
    base.put("lr", 0.3);
    base.put("init_scale", 1e-3);
    base.put("max_iters", 2000);
    base.put("log_every", 10);
    base.put("top_k", TOP_K);
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    grid.put("depth", List.of(1, 2, 3));
    List<RunSpec> runs = new SweepSpec("small", 1, 1, base, grid, List.of()).expand();
    new SweepRunner(dir, 1).run(runs, (done, total, failed, el, eta, last) -> {});
    return runs;
  }

  /** The metric columns of a simulated run (as the training metrics name them). */
  static final List<String> LIVE_COLUMNS =
      List.of("iteration", "seconds", "train_loss", "test_error", "sv_1", "sv_2", "sv_3");

  /**
   * Starts a run folder the way a training run does before its first record: config.toml,
   * provenance.json and the header line of metrics.csv.
   *
   * @param dir the run folder
   */
  static void startRun(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("config.toml"), "kind = 'completion'\ndepth = 3\nrows = 30\n");
      Files.writeString(
          dir.resolve("provenance.json"),
          "{\"seed\": 0, \"start_time\": \"" + Instant.now().minusSeconds(42) + "\"}");
      Files.writeString(dir.resolve("metrics.csv"), String.join(",", LIVE_COLUMNS) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends whole lines to a run's metrics.csv, as a training run logs records.
   *
   * @param dir the run folder
   * @param from the first iteration
   * @param count how many rows
   */
  static void appendRows(Path dir, long from, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      long it = from + i;
      double t = it / 100.0;
      sb.append(it).append(',').append(String.format(Locale.ROOT, "%.3f", t * 0.01));
      sb.append(',').append(Math.exp(-t)).append(',').append(2 * Math.exp(-t));
      for (int k = 1; k <= 3; k++) {
        sb.append(',').append(k * 10 / (1 + Math.exp(-(t - 2 * k))));
      }
      sb.append('\n');
    }
    try {
      Files.writeString(
          dir.resolve("metrics.csv"), sb, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finishes a simulated run: writes summary.json.
   *
   * @param dir the run folder
   */
  static void finishRun(Path dir) {
    try {
      Files.writeString(
          dir.resolve("summary.json"),
          "{\"train_loss\": 1e-7, \"test_error\": 2e-7, \"stop_reason\": \"converged\"}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param folders folders to serve
   * @param readOnly whether to refuse state changes
   * @return a server on a free port
   */
  static DashboardServer serve(boolean readOnly, Path... folders) {
    return DashboardServer.start(
        ServeOptions.of(new ArrayList<>(List.of(folders))).withPort(0).withReadOnly(readOnly));
  }
}
