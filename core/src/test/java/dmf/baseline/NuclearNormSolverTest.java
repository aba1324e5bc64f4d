package dmf.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.UserInputException;
import dmf.io.Json;
import dmf.io.data.Instances;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.linalg.SymEig;
import dmf.metrics.Errors;
import dmf.metrics.Spectrum;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import dmf.problem.SolveObserver;
import dmf.problem.SolverResult;
import dmf.problem.StopReason;
import dmf.testing.Mats;
import dmf.testing.Python;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuclearNormSolverTest {
  @TempDir Path dir;

  static SolverResult solve(Problem p, NuclearNormSettings s) {
    return new NuclearNormSolver(s).solve(p, SolveObserver.NONE);
  }

  static NuclearNormSettings with(double tau, boolean psd) {
    NuclearNormSettings d = NuclearNormSettings.defaults();
    return new NuclearNormSettings(tau, psd, d.gapTol(), d.residualTol(), d.maxIters(), 0);
  }

  /** Re-derives the certificate from the returned solution and dual, with no solver state. */
  static void checkCertificate(Problem p, SolverResult r, double tau, boolean psd) {
    double[] lambda = (double[]) r.details().get("dual");
    Mat x = r.solution();
    double[] b =
        p instanceof CompletionProblem
            ? ((CompletionProblem) p).values()
            : ((SensingProblem) p).y();
    // Dual feasibility of λ as returned (already scaled by the solver).
    Mat y =
        p instanceof CompletionProblem
            ? new EntryMeasurements((CompletionProblem) p).adjoint(lambda)
            : ((SensingProblem) p).adjoint(lambda);
    double bound;
    if (psd) {
      double[] ev = SymEig.values(y.symmetrize());
      bound = ev[0];
      for (double v : ev) {
        bound = Math.max(bound, v);
      }
    } else {
      bound = Svd.values(y)[0];
    }
    assertTrue(bound <= 1 + 1e-12, "dual infeasible: " + bound);
    double dual = 0;
    double l1 = 0;
    for (int k = 0; k < b.length; k++) {
      dual += lambda[k] * b[k];
      l1 += Math.abs(lambda[k]);
    }
    dual -= tau * l1;
    double primal = psd ? trace(x) : Spectrum.nuclearNorm(Svd.values(x));
    assertTrue((primal - dual) / primal <= 1e-7, "gap " + (primal - dual) / primal);
    assertTrue(primal - dual >= -1e-6 * primal, "weak duality violated");
  }

  static double trace(Mat x) {
    double t = 0;
    for (int i = 0; i < x.rows(); i++) {
      t += x.get(i, i);
    }
    return t;
  }

  @Test
  void exactRecoveryWithPlentifulObservations() {
    Mat truth = Generators.lowRankTruth(20, 20, 2, false, 3);
    CompletionProblem p = Generators.completion(truth, 300, 3);
    SolverResult r = solve(p, NuclearNormSettings.defaults());
    assertEquals(StopReason.OPTIMAL, r.stopReason());
    assertTrue(
        Mats.maxAbs(r.solution().minus(truth)) <= 1e-6,
        "" + Mats.maxAbs(r.solution().minus(truth)));
    checkCertificate(p, r, 0, false);
  }

  @Test
  void sensingEqualityForm() {
    Mat truth = Generators.lowRankTruth(10, 12, 2, false, 4);
    SensingProblem p = Generators.sensing(truth, 90, false, 4);
    SolverResult r = solve(p, NuclearNormSettings.defaults());
    assertEquals(StopReason.OPTIMAL, r.stopReason());
    assertTrue(Mats.maxAbs(r.solution().minus(truth)) <= 1e-6);
    checkCertificate(p, r, 0, false);
  }

  @Test
  void psdTraceMinimizationReturnsAPsdMatrix() {
    Mat truth = Generators.lowRankTruth(12, 12, 2, true, 5);
    SensingProblem p = Generators.sensing(truth, 60, true, 5);
    SolverResult r = solve(p, with(0, true));
    assertEquals(StopReason.OPTIMAL, r.stopReason());
    double[] ev = SymEig.values(r.solution().symmetrize());
    for (double v : ev) {
      assertTrue(v >= -1e-8, "negative eigenvalue " + v);
    }
    checkCertificate(p, r, 0, true);
    // With a PSD truth, trace minimization and nuclear-norm minimization agree.
    SolverResult n = solve(p, NuclearNormSettings.defaults());
    assertEquals(
        Spectrum.nuclearNorm(Svd.values(n.solution())),
        trace(r.solution()),
        1e-5 * trace(r.solution()));
  }

  @Test
  void relaxedFormApproachesEqualityFormAsTauShrinks() {
    Mat truth = Generators.lowRankTruth(20, 20, 3, false, 6);
    CompletionProblem p = Generators.completion(truth, 150, 6);
    double exact =
        Spectrum.nuclearNorm(Svd.values(solve(p, NuclearNormSettings.defaults()).solution()));
    double prev = Double.POSITIVE_INFINITY;
    for (double tau : new double[] {1e-1, 1e-3, 1e-5}) {
      SolverResult r = solve(p, with(tau, false));
      checkCertificate(p, r, tau, false);
      double nn = Spectrum.nuclearNorm(Svd.values(r.solution()));
      assertTrue(nn <= exact + 1e-6, "relaxed optimum above the exact one");
      double d = exact - nn;
      assertTrue(d < prev, "difference does not shrink: " + d);
      prev = d;
    }
    assertTrue(prev < 1e-3 * exact);
  }

  @Test
  void inconsistentInputIsAClearError() {
    UserInputException e =
        assertThrows(
            UserInputException.class,
            () ->
                new CompletionProblem(
                    3, 3, new int[] {1, 1}, new int[] {2, 2}, new double[] {1, 2}, null));
    assertTrue(e.getMessage().contains("(1, 2)"), e.getMessage());
  }

  @Test
  void matchesTheCvxoptInteriorPointSolution() throws Exception {
    assumeTrue(
        Python.hasPeers("gen_instance.py", "nucnorm_cvxopt.py"),
        "peer scripts not found in " + Python.PEERS + " (set DMF_PEERS)");
    assumeTrue(
        Python.has("cvxopt"),
        Python.EXE
            + " cannot import cvxopt (apt-get install "
            + "python3-cvxopt); skipping the CVXOPT comparison");
    for (int seed = 1; seed <= 3; seed++) {
      Python.Result g =
          Python.run(
              List.of(
                  Python.PEERS.resolve("gen_instance.py").toString(),
                  "--rank",
                  "2",
                  "--n-obs",
                  Integer.toString(220 + 40 * seed),
                  "--seed",
                  Integer.toString(seed),
                  "--n",
                  "25",
                  "--m",
                  "30",
                  "--out-root",
                  dir.toString(),
                  "--name",
                  "i" + seed),
              120);
      assertEquals(0, g.exit, g.out);
      Path inst = dir.resolve("i" + seed);
      Path out = dir.resolve("cvx" + seed + ".json");
      Python.Result c =
          Python.run(
              List.of(
                  Python.PEERS.resolve("nucnorm_cvxopt.py").toString(),
                  "--instance",
                  inst.toString(),
                  "--quiet",
                  "--out",
                  out.toString()),
              300);
      assertEquals(0, c.exit, c.out);
      Map<String, Object> ref = Json.readObject(out);
      Problem p = Instances.read(inst);
      SolverResult r = solve(p, NuclearNormSettings.defaults());
      assertEquals(StopReason.OPTIMAL, r.stopReason());
      double nn = Spectrum.nuclearNorm(Svd.values(r.solution()));
      double refNn = ((Number) ref.get("nuclear_norm")).doubleValue();
      assertEquals(refNn, nn, 1e-6 * refNn, "nuclear norm, instance " + seed);
      double err = Errors.testError(r.solution(), p.groundTruth().orElseThrow());
      double refErr = ((Number) ref.get("test_error")).doubleValue();
      // The objective agrees to 1e-6; the minimizer itself is only as accurate as the square root
      // of the interior-point tolerance, so the test error is compared to 1%.
      assertEquals(refErr, err, 1e-2 * refErr + 1e-10, "test error, instance " + seed);
    }
  }
}
