package dmf.testing;

import dmf.linalg.Mat;

/** Matrix measures the tests compare with tolerances. */
public final class Mats {
  private Mats() {}

  /**
   * @param m a matrix (Input, not modified)
   * @return the largest absolute entry, 0 for an empty matrix
   */
  public static double maxAbs(Mat m) {
    double max = 0;
    for (double v : m.data()) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }
}
