package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.RandomStreams;
import dmf.linalg.Ops;
import dmf.linalg.Ops32;
import dmf.linalg.Ops64;
import dmf.linalg.ResidualPass;
import dmf.problem.Generators;
import dmf.problem.SensingProblem;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blocked one-pass sensing loss against the straightforward definition, summed entry by entry
 * in double: ℓ = (1/m)·Σ_k (Σ_i A_k[i]·w[i] − y_k)², ∇ℓ[i] = (2/m)·Σ_k r_k·A_k[i].
 */
class SensingLossTest {
  private static final double TOL64 = 1e-12;
  private static final double TOL32 = 1e-5;

  /** A Gaussian sensing problem whose y is not A(W*) (so that residuals are of order one). */
  static SensingProblem problem(int rows, int cols, int m, long seed) {
    SensingProblem g =
        Generators.sensing(Generators.lowRankTruth(rows, cols, 2, false, seed), m, false, seed);
    SplittableRandom rng = RandomStreams.of(seed, "y");
    double[] y = new double[m];
    for (int k = 0; k < m; k++) {
      y[k] = rng.nextGaussian();
    }
    return new SensingProblem(rows, cols, g.measurements(), y, null);
  }

  /** {loss, gradient...} by the definition, with A and w as the given precision holds them. */
  static double[] reference(SensingProblem p, double[] w, boolean float32) {
    int dd = p.rows() * p.cols();
    int m = p.y().length;
    double[] a = p.measurements().data();
    double[] out = new double[1 + dd];
    for (int k = 0; k < m; k++) {
      double s = 0;
      for (int i = 0; i < dd; i++) {
        double aki = float32 ? (float) a[k * dd + i] : a[k * dd + i];
        s += aki * w[i];
      }
      double r = s - p.y()[k];
      out[0] += r * r / m;
      for (int i = 0; i < dd; i++) {
        double aki = float32 ? (float) a[k * dd + i] : a[k * dd + i];
        out[1 + i] += 2.0 / m * r * aki;
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}x{1}, m={2}, {3} columns per block, {4}")
  @CsvSource({
    "7, 5, 23, 1, float64",
    "7, 5, 23, 4, float64",
    "7, 5, 23, 23, float64",
    "7, 5, 23, 100, float64",
    "6, 9, 50, 7, float64",
    "100, 100, 37, 0, float64",
    "7, 5, 23, 1, float32",
    "7, 5, 23, 6, float32",
    "6, 9, 50, 50, float32",
    "100, 100, 37, 0, float32",
  })
  void agreesWithTheDefinition(int rows, int cols, int m, int block, String precision) {
    SensingProblem p = problem(rows, cols, m, rows * 131L + m);
    SplittableRandom rng = RandomStreams.of(m, "w");
    double[] w = new double[rows * cols];
    for (int i = 0; i < w.length; i++) {
      w[i] = rng.nextGaussian();
    }
    boolean f32 = precision.equals("float32");
    if (f32) {
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) w[i];
      }
    }
    double[] ref = reference(p, w, f32);
    double[] got =
        f32 ? evaluate(Ops32.INSTANCE, p, block, w) : evaluate(Ops64.INSTANCE, p, block, w);
    double tol = f32 ? TOL32 : TOL64;
    assertEquals(ref[0], got[0], tol * ref[0], "loss");
    double scale = 0;
    for (int i = 1; i < ref.length; i++) {
      scale = Math.max(scale, Math.abs(ref[i]));
    }
    for (int i = 1; i < ref.length; i++) {
      assertEquals(ref[i], got[i], tol * scale, "gradient entry " + (i - 1));
    }
    assertEquals(got[0], got[got.length - 1], f32 ? 1e-6 * got[0] : 0.0, "loss-only path");
  }

  /** {loss, gradient..., loss without gradient} from a SensingLoss of the given precision. */
  static <B> double[] evaluate(Ops<B> ops, SensingProblem p, int block, double[] w) {
    int dd = w.length;
    SensingLoss<B> loss = block > 0 ? new SensingLoss<>(ops, p, block) : new SensingLoss<>(ops, p);
    B wb = ops.fromDoubles(w);
    B g = ops.alloc(dd);
    double[] out = new double[dd + 2];
    out[0] = loss.evaluate(wb, g);
    double[] gd = new double[dd];
    ops.toDoubles(g, dd, gd);
    System.arraycopy(gd, 0, out, 1, dd);
    out[dd + 1] = loss.evaluate(wb, null);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"float64", "float32"})
  void defaultBlockIsACacheSizedRunOfColumns(String precision) {
    Ops<?> ops = precision.equals("float64") ? Ops64.INSTANCE : Ops32.INSTANCE;
    int b = ResidualPass.columnsPerBlock(ops.precision(), 100 * 100);
    int bytes = precision.equals("float64") ? 8 : 4;
    assertTrue(b >= 1 && b * 100 * 100 * bytes <= ResidualPass.BLOCK_BYTES, "block " + b);
    assertTrue((b + 1) * 100 * 100 * bytes > ResidualPass.BLOCK_BYTES, "block " + b);
  }
}
