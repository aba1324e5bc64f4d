package dmf.symmetric;

import java.util.ArrayList;
import java.util.List;

/**
 * Real roots of polynomials of degree at most three on [0, ∞), to full double precision.
 *
 * <p>The critical points of the cubic (roots of its derivative, a quadratic) cut [0, B] into
 * intervals where it is monotone; B is Cauchy's bound on the roots' magnitude. Each interval with a
 * sign change holds exactly one root, found by bisection until the bracket cannot shrink. This is
 * slower than Cardano's formula but has no cancellation or branch problems.
 */
final class Cubic {
  private Cubic() {}

  /**
   * @param c0 constant coefficient
   * @param c1 linear coefficient
   * @param c2 quadratic coefficient
   * @param c3 cubic coefficient
   * @return the distinct real roots t ≥ 0 of c0 + c1·t + c2·t² + c3·t³, ascending (empty for the
   *     zero polynomial)
   */
  static List<Double> nonNegativeRoots(double c0, double c1, double c2, double c3) {
    double[] c = {c0, c1, c2, c3};
    int deg = 3;
    while (deg > 0 && c[deg] == 0) {
      deg--;
    }
    List<Double> roots = new ArrayList<>();
    if (deg == 0) {
      return roots;
    }
    double bound = 0;
    for (int i = 0; i < deg; i++) {
      bound = Math.max(bound, Math.abs(c[i] / c[deg]));
    }
    bound = Double.isFinite(bound) ? 1 + bound : 1e300;
    List<Double> cuts = new ArrayList<>();
    cuts.add(0.0);
    if (deg >= 2) {
      // derivative: c1 + 2 c2 t + 3 c3 t²
      for (double t : quadraticRoots(c[1], 2 * c[2], 3 * c[3])) {
        if (t > 0 && t < bound) {
          cuts.add(t);
        }
      }
    }
    cuts.add(bound);
    cuts.sort(null);
    for (int s = 0; s + 1 < cuts.size(); s++) {
      double lo = cuts.get(s);
      double hi = cuts.get(s + 1);
      double flo = eval(c, lo);
      double fhi = eval(c, hi);
      double root;
      if (flo == 0) {
        root = lo;
      } else if (fhi == 0) {
        root = hi;
      } else if ((flo < 0) != (fhi < 0)) {
        root = bisect(c, lo, hi, flo);
      } else {
        continue;
      }
      if (roots.isEmpty() || roots.get(roots.size() - 1) != root) {
        roots.add(root);
      }
    }
    return roots;
  }

  private static double bisect(double[] c, double lo, double hi, double flo) {
    boolean loNegative = flo < 0;
    while (true) {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) {
        return Math.abs(eval(c, lo)) <= Math.abs(eval(c, hi)) ? lo : hi;
      }
      double f = eval(c, mid);
      if (f == 0) {
        return mid;
      }
      if ((f < 0) == loNegative) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
  }

  /** Real roots of q0 + q1·t + q2·t² (any, possibly degenerate), without cancellation. */
  private static double[] quadraticRoots(double q0, double q1, double q2) {
    if (q2 == 0) {
      return q1 == 0 ? new double[0] : new double[] {-q0 / q1};
    }
    double disc = q1 * q1 - 4 * q2 * q0;
    if (disc < 0) {
      return new double[0];
    }
    double q = -0.5 * (q1 + Math.copySign(Math.sqrt(disc), q1));
    if (q == 0) {
      return new double[] {0};
    }
    return new double[] {q / q2, q0 / q};
  }

  private static double eval(double[] c, double t) {
    return ((c[3] * t + c[2]) * t + c[1]) * t + c[0];
  }
}
