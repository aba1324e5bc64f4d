package dmf.linalg;

import java.util.Arrays;

/** Measures this machine's GEMM rate through the backend, for roofline comparisons. */
public final class GemmRate {
  private GemmRate() {}

  /**
   * @param precision float64 or float32
   * @param m rows of C
   * @param n columns of C
   * @param k inner dimension
   * @param minSeconds time at least this long (after one untimed call)
   * @return GFLOP/s of C = A·B
   */
  public static double gflops(Precision precision, int m, int n, int k, double minSeconds) {
    @SuppressWarnings("unchecked")
    Ops<Object> ops = (Ops<Object>) precision.ops();
    double[] seed = new double[Math.max(m * k, Math.max(k * n, m * n))];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = Math.sin(i * 0.37);
    }
    Object a = ops.fromDoubles(Arrays.copyOf(seed, m * k));
    Object b = ops.fromDoubles(Arrays.copyOf(seed, k * n));
    Object c = ops.alloc(m * n);
    ops.gemm(false, false, m, n, k, 1.0, a, m, b, k, 0.0, c, m);
    long t0 = System.nanoTime();
    int reps = 0;
    while (reps < 3 || System.nanoTime() - t0 < minSeconds * 1e9) {
      ops.gemm(false, false, m, n, k, 1.0, a, m, b, k, 0.0, c, m);
      reps++;
    }
    double s = (System.nanoTime() - t0) * 1e-9 / reps;
    return 2.0 * m * n * k / s / 1e9;
  }
}
