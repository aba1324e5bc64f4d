package dmf.symmetric;

/**
 * The quartic q(t) = a0 + a1·t + a2·t² + a3·t³ + a4·t⁴ of an exact line search, and its exact
 * minimizer over t ≥ 0.
 *
 * @param a0 constant coefficient
 * @param a1 linear coefficient
 * @param a2 quadratic coefficient
 * @param a3 cubic coefficient
 * @param a4 quartic coefficient
 */
record Quartic(double a0, double a1, double a2, double a3, double a4) {

  /**
   * @return q(t) by Horner's rule
   */
  double value(double t) {
    return (((a4 * t + a3) * t + a2) * t + a1) * t + a0;
  }

  /**
   * @return q'(t)
   */
  double derivative(double t) {
    return ((4 * a4 * t + 3 * a3) * t + 2 * a2) * t + a1;
  }

  /**
   * @return whether all coefficients are finite
   */
  boolean isFinite() {
    return Double.isFinite(a0)
        && Double.isFinite(a1)
        && Double.isFinite(a2)
        && Double.isFinite(a3)
        && Double.isFinite(a4);
  }

  /**
   * The global minimizer of q over t ≥ 0: the best of t = 0 and the non-negative real roots of the
   * cubic q'. Ties go to the smaller t. When q is unbounded below on t ≥ 0 (impossible for a sum of
   * squares, where a4 ≥ 0 and a4 = 0 forces a3 = 0), returns +∞.
   *
   * @return the minimizing step, ≥ 0
   */
  double argminNonNegative() {
    int deg = a4 != 0 ? 4 : a3 != 0 ? 3 : a2 != 0 ? 2 : a1 != 0 ? 1 : 0;
    double lead = deg == 4 ? a4 : deg == 3 ? a3 : deg == 2 ? a2 : a1;
    if (deg == 0) {
      return 0;
    }
    if (lead < 0) {
      return Double.POSITIVE_INFINITY;
    }
    double best = 0;
    double bestValue = value(0);
    for (double t : Cubic.nonNegativeRoots(a1, 2 * a2, 3 * a3, 4 * a4)) {
      double v = value(t);
      if (v < bestValue) {
        best = t;
        bestValue = v;
      }
    }
    return best;
  }
}
