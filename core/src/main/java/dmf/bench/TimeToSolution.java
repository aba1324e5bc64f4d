package dmf.bench;

import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingResult;
import dmf.io.data.FactorFiles;
import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Time to solution on rank-5 100×100 completion from 2000 entries at depth 3 (init 1e-3, loss ≤
 * 1e-6, float64): the PyTorch reference, dmf's GroupRMSprop and dmf's adaptive flow, all from the
 * reference's dumped initial factors when the reference is available.
 */
final class TimeToSolution {
  private TimeToSolution() {}

  static Map<String, Object> run(
      Path dir, Problem comp, Optional<TorchPeer> torch, Path work, Consumer<String> log)
      throws IOException {
    log.accept("");
    log.accept(
        "time to solution: rank-5 100x100 |Ω|=2000, depth 3, init 1e-3, loss <= 1e-6, float64");
    Map<String, Object> tts = new LinkedHashMap<>();
    List<Mat> start = null;
    double torchSeconds = Double.NaN;
    double torchErr = Double.NaN;
    if (torch.isPresent()) {
      Path init = work.resolve("tts-init");
      Map<String, Object> t =
          torch.get().run(dir, 3, "float64", work, "--dump-init", init.toString());
      torchSeconds = ((Number) t.get("wall_time_s")).doubleValue();
      torchErr = ((Number) t.get("test_error")).doubleValue();
      start = FactorFiles.read(init);
      tts.put("torch", t);
      log.accept(
          String.format(
              Locale.ROOT,
              "  %-28s %9.2f s  %,9d iterations  test error %.3e",
              "PyTorch GroupRMSprop",
              torchSeconds,
              ((Number) t.get("iterations")).longValue(),
              torchErr));
    }
    for (String opt : new String[] {"grouprmsprop", "flow"}) {
      TrainingResult r =
          new DeepMatrixFactorization(
                  Configs.with(Map.of("depth", 3, "precision", "float64", "optimizer", opt)), start)
              .train(comp, SolveObserver.NONE);
      double err = r.last().get("test_error");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seconds", r.seconds());
      m.put("iterations", r.iterations());
      m.put("gradient_evaluations", r.gradientEvaluations());
      m.put("test_error", err);
      m.put("stop_reason", r.stopReason());
      String vs = "";
      if (!Double.isNaN(torchSeconds)) {
        m.put("speedup_vs_torch", torchSeconds / r.seconds());
        m.put("error_ratio_vs_torch", err / torchErr);
        vs =
            String.format(
                Locale.ROOT,
                "  %.1fx faster than PyTorch, error ratio %.2f",
                torchSeconds / r.seconds(),
                err / torchErr);
      }
      tts.put("dmf_" + opt, m);
      log.accept(
          String.format(
              Locale.ROOT,
              "  %-28s %9.2f s  %,9d iterations  test error %.3e%s",
              "dmf " + opt + " (" + r.gradientEvaluations() + " grads)",
              r.seconds(),
              r.iterations(),
              err,
              vs));
    }
    return tts;
  }
}
