package dmf.cli;

import dmf.experiment.Baselines;
import dmf.experiment.RecordingObserver;
import dmf.experiment.SymmetricSolvers;
import dmf.io.ConfigFiles;
import dmf.io.data.Instances;
import dmf.io.provenance.Provenance;
import dmf.io.store.RunFolder;
import dmf.problem.Problem;
import dmf.problem.SolverResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmf solve SOLVER --instance DIR --out DIR [--set key=value]} (alias {@code dmf baseline}):
 * any solver other than the deep factorization (which is {@code dmf train}) on an instance — the
 * baselines nuclear, softimpute, svt, als and the X = UUᵀ solvers symmetric, psd_gd, svd_init.
 */
@Command(
    name = "solve",
    aliases = "baseline",
    sortOptions = false,
    description =
        "Solve an instance with a baseline (nuclear, softimpute, svt, als) or a "
            + "symmetric X = UUᵀ solver (symmetric, psd_gd, svd_init).")
final class SolveCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      description = "nuclear, softimpute, svt, als, symmetric, psd_gd or " + "svd_init")
  String solver;

  @Option(names = "--instance", required = true, description = "instance folder")
  Path instance;

  @Option(names = "--out", required = true, description = "result folder")
  Path out;

  @Option(names = "--psd", description = "nuclear: minimize tr X over X ⪰ 0")
  boolean psd;

  @Option(names = "--tau", description = "nuclear: relaxed form |A(X) - b| <= tau")
  Double tau;

  @Option(names = "--set", description = "a solver setting key=value (repeatable)")
  List<String> sets = new ArrayList<>();

  @Override
  public Integer call() {
    Map<String, Object> given = ConfigFiles.merge(List.of(), sets);
    if (psd) {
      given.put("psd", true);
    }
    if (tau != null) {
      given.put("tau", tau);
    }
    if (!Baselines.available(solver) && !SymmetricSolvers.available(solver)) {
      throw new dmf.base.UserInputException(
          "unknown solver '"
              + solver
              + "' (expected one of "
              + Baselines.names()
              + " or "
              + SymmetricSolvers.names()
              + "; the deep factorization "
              + "is dmf train)");
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("instance", instance.toAbsolutePath().normalize().toString());
    settings.put("solver", solver);
    Map<String, Object> resolved = dmf.experiment.Solvers.resolve(withSolver(given));
    for (Map.Entry<String, Object> e : resolved.entrySet()) {
      if (!settings.containsKey(e.getKey()) && !isProblemKey(e.getKey())) {
        settings.put(e.getKey(), e.getValue());
      }
    }
    Problem p = Instances.read(instance);
    Instant start = Instant.now();
    Progress progress = new Progress(System.err, solver, 1e-7);
    RecordingObserver rec = new RecordingObserver(progress);
    SolverResult r = dmf.experiment.Solvers.create(resolved).solve(p, rec);
    progress.finish();
    Map<String, Object> summary = RunFolder.summarize(p, r, 10);
    RunFolder.write(
        out, settings, Provenance.of(0, start, Instant.now()), rec.records(), summary, r);
    Report.summary(System.out, summary, out);
    return 0;
  }

  private Map<String, Object> withSolver(Map<String, Object> given) {
    Map<String, Object> m = new LinkedHashMap<>(given);
    m.put("solver", solver);
    return m;
  }

  private static boolean isProblemKey(String k) {
    return dmf.experiment.ProblemFactory.KEYS.contains(k);
  }
}
