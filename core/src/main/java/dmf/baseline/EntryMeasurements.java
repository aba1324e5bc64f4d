package dmf.baseline;

import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;

/** Observed entries: A(X) = X restricted to Ω; AA* = I. */
final class EntryMeasurements implements LinearMeasurements {
  private final CompletionProblem p;
  private final int[] r;
  private final int[] c;

  EntryMeasurements(CompletionProblem p) {
    this.p = p;
    this.r = p.rowIdx();
    this.c = p.colIdx();
  }

  @Override
  public double[] values() {
    return p.values();
  }

  @Override
  public double[] apply(Mat x) {
    double[] out = new double[r.length];
    for (int k = 0; k < r.length; k++) {
      out[k] = x.get(r[k], c[k]);
    }
    return out;
  }

  @Override
  public Mat adjoint(double[] lambda) {
    Mat y = Mat.zeros(p.rows(), p.cols());
    for (int k = 0; k < r.length; k++) {
      y.set(r[k], c[k], y.get(r[k], c[k]) + lambda[k]);
    }
    return y;
  }

  @Override
  public double[] solveGram(double[] v) {
    return v.clone();
  }
}
