package dmf.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.testing.Fixtures;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gathered-dot-and-scatter kernel against a plain float64 computation, in both precisions. */
class ResidualScatterTest {
  @ParameterizedTest(name = "{0}, h = {1}, {2} entries")
  @CsvSource({
    "FLOAT64, 6, 5",
    "FLOAT64, 64, 4",
    "FLOAT32, 7, 3",
    "FLOAT32, 64, 6",
    "FLOAT32, 1, 1"
  })
  void matchesThePlainSums(Precision prec, int h, int count) {
    Ops<Object> ops = Fixtures.ops(prec);
    SplittableRandom rng = new SplittableRandom(h * 31L + count);
    int nx = 3;
    int ny = 9;
    double[] x = new double[nx * h];
    double[] y = new double[ny * h];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    for (int i = 0; i < y.length; i++) {
      y[i] = rng.nextGaussian();
    }
    int[] ids = new int[count + 2];
    double[] v = new double[count + 2];
    for (int e = 0; e < ids.length; e++) {
      ids[e] = rng.nextInt(ny);
      v[e] = rng.nextGaussian();
    }
    double[] gx = new double[x.length];
    double[] gy = new double[y.length];
    double loss = 0;
    int xo = h;
    for (int e = 1; e <= count; e++) {
      double r = -v[e];
      for (int p = 0; p < h; p++) {
        r += x[xo + p] * y[ids[e] * h + p];
      }
      loss += r * r;
      for (int p = 0; p < h; p++) {
        gx[xo + p] += 0.5 * r * y[ids[e] * h + p];
        gy[ids[e] * h + p] += 0.5 * r * x[xo + p];
      }
    }
    Object bx = ops.fromDoubles(x);
    Object by = ops.fromDoubles(y);
    Object bgx = ops.alloc(x.length);
    Object bgy = ops.alloc(y.length);
    double got =
        ops.residualScatter(h, bx, xo, bgx, by, bgy, ids, ops.fromDoubles(v), 1, count + 1, 0.5);
    double tol = prec == Precision.FLOAT64 ? 1e-12 : 1e-4;
    assertEquals(loss, got, tol * (1 + loss));
    assertEquals(
        loss,
        ops.residualScatter(h, bx, xo, null, by, null, ids, ops.fromDoubles(v), 1, count + 1, 0.5),
        tol * (1 + loss));
    Fixtures.assertClose(gx, Fixtures.read(ops, bgx, gx.length), tol, "gradient of x");
    Fixtures.assertClose(gy, Fixtures.read(ops, bgy, gy.length), tol, "gradient of y");
  }
}
