package dmf.paper.gunasekar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.experiment.RunSettings;
import dmf.experiment.RunSpec;
import dmf.io.store.RunRow;
import dmf.linalg.Mat;
import dmf.paper.Claim;
import dmf.paper.Verdict;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.theory.SymmetricCommutingCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Gunasekar et al. (2017) problems, solvers, claims and Theorem 1 check. */
class GunasekarTest {
  static Map<String, Object> settings(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void psdSensingProblemsAreSeededUnitNormAndValidated() {
    Map<String, Object> s =
        settings(
            "kind", "psd_sensing", "truth", "decaying", "rows", 12, "rank", 2, "problem_seed", 4);
    RunSpec r = RunSettings.resolve(s, true, null);
    assertEquals(72L, r.settings().get("measurements")); // 3nr by default
    Problem p = r.createProblem();
    Mat x = p.groundTruth().orElseThrow();
    assertEquals(1, x.frobeniusNorm(), 1e-12);
    assertEquals(72, p.observationCount());
    assertTrue(
        ((SensingProblem) p)
                .measurements()
                .minus(((SensingProblem) r.createProblem()).measurements())
                .frobeniusNorm()
            == 0);
    s.put("truth", "spiky");
    assertThrows(UserInputException.class, () -> RunSettings.resolve(s, true, null));
    s.put("truth", "planted");
    s.put("rank", 13);
    assertThrows(UserInputException.class, () -> RunSettings.resolve(s, true, null));
  }

  @Test
  void symmetricSolverSettingsAreResolvedAndChecked() {
    Map<String, Object> r =
        RunSettings.resolve(
                settings(
                    "kind",
                    "psd_sensing",
                    "rows",
                    10,
                    "solver",
                    "symmetric",
                    "step",
                    "els",
                    "lr",
                    0.5,
                    "init_scale",
                    1e-4),
                true,
                null)
            .settings();
    assertEquals("els", r.get("step"));
    assertTrue(!r.containsKey("lr") && !r.containsKey("step_cap"), "unused keys are dropped");
    assertThrows(
        UserInputException.class,
        () ->
            RunSettings.resolve(
                settings("kind", "psd_sensing", "solver", "symmetric", "step", "huge"),
                true,
                null));
    assertThrows(
        UserInputException.class,
        () ->
            RunSettings.resolve(
                settings("kind", "psd_sensing", "solver", "symmetric", "init", "orthogonal"),
                true,
                null));
  }

  @Test
  void smallInitClippedLineSearchFindsTheMinimumTraceOnAnEasyProblem() {
    Map<String, Object> base =
        settings(
            "kind", "psd_sensing", "rows", 10, "rank", 1, "measurements", 40, "problem_seed", 1);
    Map<String, Object> g = new LinkedHashMap<>(base);
    g.putAll(
        settings(
            "solver",
            "symmetric",
            "step",
            "els_clipped",
            "step_cap",
            0.5,
            "init_scale",
            1e-5,
            "loss_threshold",
            1e-9,
            "max_iters",
            200_000));
    Map<String, Object> n = new LinkedHashMap<>(base);
    n.putAll(settings("solver", "nuclear", "psd", true));
    RunSpec rg = RunSettings.resolve(g, true, null);
    RunSpec rn = RunSettings.resolve(n, true, null);
    SolverResult sg = rg.createSolver().solve(rg.createProblem(), SolveObserver.NONE);
    SolverResult sn = rn.createSolver().solve(rn.createProblem(), SolveObserver.NONE);
    assertEquals(StopReason.CONVERGED, sg.stopReason());
    assertEquals(sn.solution().trace(), sg.solution().trace(), 1e-3 * sn.solution().trace());
  }

  static RunRow row(String solver, String step, double alpha, double nn, double err, int seed) {
    Map<String, Object> s =
        settings(
            "kind",
            "psd_sensing",
            "truth",
            "planted",
            "rows",
            50,
            "rank",
            2,
            "measurements",
            300,
            "problem_seed",
            seed,
            "solver",
            solver);
    if (solver.equals("symmetric")) {
      s.put("init_scale", alpha);
      s.put("step", step);
      s.put("step_cap", 3e-4 * 300);
    } else if (solver.equals("nuclear")) {
      s.put("psd", true);
    }
    Map<String, Object> sum =
        settings("nuclear_norm", nn, "relative_error", err, "effective_rank", 2.0);
    return new RunRow(solver + step + alpha + seed, "g", RunRow.COMPLETED, s, sum, Map.of(), "");
  }

  static Map<String, Verdict> verdicts(double smallNorm, double smallErr) {
    List<RunRow> rows = new ArrayList<>();
    for (int seed = 0; seed < 2; seed++) {
      rows.add(row("nuclear", "", 0, 1.4 + seed, 1e-8, seed));
      rows.add(row("symmetric", "els_clipped", 1e-3, smallNorm + seed, smallErr, seed));
      rows.add(row("symmetric", "els_clipped", 1.0, 2.2 + seed, 0.5, seed));
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Claim c : GunasekarClaims.normClaims(rows)) {
      out.put(c.statement().substring(0, 3) + c.statement().substring(4, 14), c.verdict());
    }
    for (Claim c : GunasekarClaims.errorClaims(rows)) {
      out.put("err " + c.statement().substring(0, 14), c.verdict());
    }
    return out;
  }

  @Test
  void claimsFollowTheNumbersPerProblem() {
    Map<String, Verdict> good = verdicts(1.4001, 2e-4);
    assertEquals(Verdict.HOLDS, good.get("(a)small init"));
    assertEquals(Verdict.HOLDS, good.get("(a)large init"));
    assertEquals(Verdict.HOLDS, good.get("err (a) small init"));
    Map<String, Verdict> bad = verdicts(1.45, 5e-3);
    assertEquals(Verdict.FAILS, bad.get("(a)small init"));
    assertEquals(Verdict.FAILS, bad.get("err (a) small init"));
  }

  @Test
  void histogramBinsHaveRoundWidths() {
    assertEquals(0.05, GunasekarHistogram.niceWidth(0.0456), 1e-15);
    assertEquals(0.025, GunasekarHistogram.niceWidth(0.021), 1e-15);
    assertEquals(1.0, GunasekarHistogram.niceWidth(1.0), 1e-15);
    assertEquals(2e-3, GunasekarHistogram.niceWidth(1.2e-3), 1e-18);
  }

  @Test
  void commutingGradientDescentStaysInTheCommonBasisAndApproachesTheMinimumTrace() {
    SymmetricCommutingCheck c = new SymmetricCommutingCheck(6, 3, 2, 0);
    SolverResult min = c.minimumTrace();
    assertEquals("optimal", min.details().get("status"));
    SymmetricCommutingCheck.Limit far = c.limit(1e-1, min.solution(), 400_000, 0.1, 1e-16);
    SymmetricCommutingCheck.Limit near = c.limit(1e-8, min.solution(), 400_000, 0.1, 1e-16);
    assertTrue(near.offDiagonal() < 1e-6, "stays diagonal in Q: " + near.offDiagonal());
    assertTrue(
        Math.abs(near.traceGap()) < Math.abs(far.traceGap()),
        near.traceGap() + " vs " + far.traceGap());
    assertTrue(Math.abs(near.traceGap()) < 1e-5, "trace gap " + near.traceGap());
  }
}
