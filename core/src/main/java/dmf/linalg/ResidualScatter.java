package dmf.linalg;

/**
 * The sparse residual-and-scatter kernel of factored completion ({@link Ops#residualScatter}), in
 * both precisions: over a run of entries that share one A-side vector, the residuals against the
 * gathered B-side vectors, Σ r², and the scattered gradient rows. Entries go two at a time so the
 * shared vector is read once for both; sums are in the precision of the buffers, Σ r² in double.
 */
final class ResidualScatter {
  private ResidualScatter() {}

  /** The float32 kernel; see {@link Ops#residualScatter}. */
  static double run(
      Ops32 ops,
      int h,
      float[] x,
      int xo,
      float[] gx,
      float[] y,
      float[] gy,
      int[] ids,
      float[] values,
      int from,
      int to,
      double scale) {
    double loss = 0;
    int e = from;
    for (; e + 1 < to; e += 2) {
      int y1 = ids[e] * h;
      int y2 = ids[e + 1] * h;
      float a0 = 0;
      float a1 = 0;
      float a2 = 0;
      float a3 = 0;
      float b0 = 0;
      float b1 = 0;
      float b2 = 0;
      float b3 = 0;
      int p = 0;
      for (; p + 3 < h; p += 4) {
        float x0 = x[xo + p];
        float x1 = x[xo + p + 1];
        float x2 = x[xo + p + 2];
        float x3 = x[xo + p + 3];
        a0 += x0 * y[y1 + p];
        a1 += x1 * y[y1 + p + 1];
        a2 += x2 * y[y1 + p + 2];
        a3 += x3 * y[y1 + p + 3];
        b0 += x0 * y[y2 + p];
        b1 += x1 * y[y2 + p + 1];
        b2 += x2 * y[y2 + p + 2];
        b3 += x3 * y[y2 + p + 3];
      }
      for (; p < h; p++) {
        a0 += x[xo + p] * y[y1 + p];
        b0 += x[xo + p] * y[y2 + p];
      }
      float r1 = ((a0 + a1) + (a2 + a3)) - values[e];
      float r2 = ((b0 + b1) + (b2 + b3)) - values[e + 1];
      loss += (double) r1 * r1 + (double) r2 * r2;
      if (gx != null) {
        float g1 = (float) (scale * r1);
        float g2 = (float) (scale * r2);
        for (int q = 0; q < h; q++) {
          float xq = x[xo + q];
          gx[xo + q] += g1 * y[y1 + q] + g2 * y[y2 + q];
          gy[y1 + q] += g1 * xq;
          gy[y2 + q] += g2 * xq;
        }
      }
    }
    if (e < to) {
      int y1 = ids[e] * h;
      float r = (float) (ops.dot(h, x, xo, y, y1) - values[e]);
      loss += (double) r * r;
      if (gx != null) {
        float g = (float) (scale * r);
        for (int q = 0; q < h; q++) {
          gx[xo + q] += g * y[y1 + q];
          gy[y1 + q] += g * x[xo + q];
        }
      }
    }
    return loss;
  }

  /** The float64 kernel; see {@link Ops#residualScatter}. */
  static double run(
      Ops64 ops,
      int h,
      double[] x,
      int xo,
      double[] gx,
      double[] y,
      double[] gy,
      int[] ids,
      double[] values,
      int from,
      int to,
      double scale) {
    double loss = 0;
    int e = from;
    for (; e + 1 < to; e += 2) {
      int y1 = ids[e] * h;
      int y2 = ids[e + 1] * h;
      double a0 = 0;
      double a1 = 0;
      double a2 = 0;
      double a3 = 0;
      double b0 = 0;
      double b1 = 0;
      double b2 = 0;
      double b3 = 0;
      int p = 0;
      for (; p + 3 < h; p += 4) {
        double x0 = x[xo + p];
        double x1 = x[xo + p + 1];
        double x2 = x[xo + p + 2];
        double x3 = x[xo + p + 3];
        a0 += x0 * y[y1 + p];
        a1 += x1 * y[y1 + p + 1];
        a2 += x2 * y[y1 + p + 2];
        a3 += x3 * y[y1 + p + 3];
        b0 += x0 * y[y2 + p];
        b1 += x1 * y[y2 + p + 1];
        b2 += x2 * y[y2 + p + 2];
        b3 += x3 * y[y2 + p + 3];
      }
      for (; p < h; p++) {
        a0 += x[xo + p] * y[y1 + p];
        b0 += x[xo + p] * y[y2 + p];
      }
      double r1 = ((a0 + a1) + (a2 + a3)) - values[e];
      double r2 = ((b0 + b1) + (b2 + b3)) - values[e + 1];
      loss += r1 * r1 + r2 * r2;
      if (gx != null) {
        double g1 = scale * r1;
        double g2 = scale * r2;
        for (int q = 0; q < h; q++) {
          double xq = x[xo + q];
          gx[xo + q] += g1 * y[y1 + q] + g2 * y[y2 + q];
          gy[y1 + q] += g1 * xq;
          gy[y2 + q] += g2 * xq;
        }
      }
    }
    if (e < to) {
      int y1 = ids[e] * h;
      double r = ops.dot(h, x, xo, y, y1) - values[e];
      loss += r * r;
      if (gx != null) {
        double g = scale * r;
        for (int q = 0; q < h; q++) {
          gx[xo + q] += g * y[y1 + q];
          gy[y1 + q] += g * x[xo + q];
        }
      }
    }
    return loss;
  }
}
