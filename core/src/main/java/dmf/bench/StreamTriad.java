package dmf.bench;

import dmf.base.Workers;

/**
 * The memory bandwidth this machine gives a Java loop, measured as the STREAM benchmark does
 * (McCalpin): the triad a[i] = b[i] + s·c[i] over three arrays far larger than the caches, counting
 * 24 bytes moved per element (two reads, one write), best of several passes.
 */
public final class StreamTriad {
  private StreamTriad() {}

  /**
   * @param elements elements per array (8 bytes each; use ≥ 2^24 so the arrays miss every cache)
   * @param passes timed passes
   * @param threads threads (0 = all cores); each runs one fixed piece of the arrays
   * @return the best bandwidth in GB/s (10^9 bytes)
   */
  public static double gigabytesPerSecond(int elements, int passes, int threads) {
    double[] a = new double[elements];
    double[] b = new double[elements];
    double[] c = new double[elements];
    for (int i = 0; i < elements; i++) {
      b[i] = 1.0 + i % 7;
      c[i] = 2.0 - i % 5;
    }
    Workers w = Workers.of(threads);
    int pieces = w.threads();
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass <= passes; pass++) {
      double s = 0.5 + pass;
      long t0 = System.nanoTime();
      w.run(
          pieces,
          p -> {
            int lo = (int) ((long) elements * p / pieces);
            int hi = (int) ((long) elements * (p + 1) / pieces);
            for (int i = lo; i < hi; i++) {
              a[i] = b[i] + s * c[i];
            }
          });
      double t = (System.nanoTime() - t0) * 1e-9;
      if (pass > 0) {
        best = Math.min(best, t);
      }
    }
    if (a[elements / 2] != b[elements / 2] + (0.5 + passes) * c[elements / 2]) {
      throw new IllegalStateException("triad result wrong");
    }
    return 24.0 * elements / best / 1e9;
  }
}
