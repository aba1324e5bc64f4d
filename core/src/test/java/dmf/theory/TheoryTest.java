package dmf.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.problem.Generators;
import dmf.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheoryTest {
  @Test
  void theorem3AndLemma3HoldAlongSmallStepGd() {
    Problem p = Generators.completion(Generators.lowRankTruth(30, 30, 3, false, 2), 400, 2);
    for (int depth : new int[] {2, 3}) {
      Theorem3Check.Result r = new Theorem3Check(depth, 1e-1, 0.02, 3000, 100, 3, 1).run(p);
      assertTrue(r.theorem3Median() < 0.02, "Theorem 3 residual " + r.theorem3Median());
      assertTrue(r.lemma3Median() < 0.02, "Lemma 3 residual " + r.lemma3Median());
      // The check can fail: a wrong exponent in the prediction is far off.
      Theorem3Check.Sample s = r.samples().get(r.samples().size() / 2);
      assertTrue(Math.abs(s.measured()[0] - s.predicted()[0]) < 0.05 * Math.abs(s.predicted()[0]));
    }
  }

  @Test
  void eq11ClosedFormsMatchGd() {
    Eq11Check c = new Eq11Check(new double[] {1.0, 0.6}, 1.0, 1e-2, 1e-3, 2_000_000);
    for (int n = 1; n <= 4; n++) {
      Eq11Check.Trajectory t = c.run(n);
      assertTrue(t.maxRelativeDeviation() < 0.02, "N=" + n + ": " + t.maxRelativeDeviation());
      assertTrue(t.sigma1().length > 10);
    }
    // The closed form for N = 3 is not the N = 2 one: they disagree along the same run.
    Eq11Check.Trajectory t3 = c.run(3);
    int last = t3.sigma2().length - 1;
    double wrong = c.closedForm(2, t3.sigma2()[last], t3.sigma1()[0], t3.sigma2()[0]);
    assertTrue(Math.abs(wrong - t3.sigma1()[last]) > 0.05 * t3.sigma1()[last]);
  }

  @Test
  void commutingLimitIsMinNuclearNormButNotSchattenMinimal() {
    CommutingCheck c = new CommutingCheck(1e-2, 1_000_000);
    for (int n = 2; n <= 4; n++) {
      assertTrue(c.limit(n, 1e-4).distance() < 1e-3);
      assertTrue(c.limit(n, 1e-1).distance() > c.limit(n, 1e-3).distance());
    }
    for (double p : new double[] {0.25, 0.5, 0.75}) {
      CommutingCheck.Perturbation q = CommutingCheck.perturb(p, 0.05);
      assertTrue(q.perturbed() < q.base());
      assertEquals(q.nuclearBase(), q.nuclearPerturbed(), 1e-12);
      assertTrue(q.minEigenvalue() > -1e-12);
      assertEquals(0, q.residual(), 1e-15);
    }
  }

  @Test
  void theorem3ReportWritesTableFigureAndOneLinePerDepth(@TempDir Path dir) throws Exception {
    TheoryResult r = new Theorem3Report(List.of(2, 3), 1e-1, 0.02, 400, 200).run(dir);
    assertEquals(2, r.lines().size());
    String md = Files.readString(r.report());
    assertTrue(md.contains("| 2 |") && md.contains("| 3 |") && md.contains("![theorem3]"), md);
    for (String ext : new String[] {".png", ".svg", ".pdf"}) {
      assertTrue(Files.size(dir.resolve("theorem3" + ext)) > 1000, ext);
    }
  }
}
