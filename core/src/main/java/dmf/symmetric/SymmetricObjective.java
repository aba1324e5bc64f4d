package dmf.symmetric;

import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import java.util.Arrays;

/**
 * The objective of the symmetric factorization X = UUᵀ of an n×n problem, with the same
 * mean-squared convention as the rest of dmf:
 *
 * <pre>
 *   f(U) = (1/m)·Σ_i (⟨A_i, UUᵀ⟩ − y_i)²            (the MEAN of the squared residuals)
 *   ∇f(U) = (2/m)·Σ_i r_i (A_i + A_iᵀ)·U = (2/m)·(S + Sᵀ)·U,   S = A*(r) = Σ_i r_i A_i
 * </pre>
 *
 * which is (4/m)·A*(r)·U when every A_i is symmetric. Because UUᵀ is symmetric only the symmetric
 * part of each A_i matters, so any square {@link SensingProblem} (symmetric Gaussian measurements
 * in Gunasekar et al. 2017) and any square {@link CompletionProblem} (A_i = e_a e_bᵀ) are accepted.
 *
 * <p>For sensing, the objective keeps a packed copy of the measurements: one column per A_i holding
 * the upper triangle of sym(A_i), off-diagonal entries doubled, so that ⟨A_i, X⟩ = ⟨packed(sym
 * A_i), upper(X)⟩ for symmetric X. Measuring the symmetric matrices UUᵀ, UDᵀ + DUᵀ and DDᵀ then
 * reads n(n+1)/2 instead of n² numbers per measurement, and the two measurements of a line search
 * share one pass (the iteration is bound by memory bandwidth, not arithmetic).
 *
 * <p>Instances are immutable and hold a reference to the problem's data.
 */
public final class SymmetricObjective {
  private final Problem problem;
  private final int n;
  private final int m;

  /** Sensing only: the packed measurements. */
  private final PackedSensing packed;

  private SymmetricObjective(Problem problem) {
    this.problem = problem;
    this.n = problem.rows();
    this.m = problem.observationCount();
    this.packed =
        problem instanceof SensingProblem s ? new PackedSensing(s.measurements(), n, m) : null;
  }

  /**
   * @param xs symmetric n×n matrices (Input)
   * @return A(X) of each, as the columns of an m×count matrix (one pass over the measurements)
   */
  private Mat measureSymmetric(Mat... xs) {
    if (packed == null) {
      Mat out = Mat.zeros(m, xs.length);
      for (int c = 0; c < xs.length; c++) {
        System.arraycopy(measure(xs[c]), 0, out.data(), c * m, m);
      }
      return out;
    }
    return packed.measure(xs);
  }

  /**
   * @param problem a square sensing or completion problem (Input, not modified)
   * @return its symmetric-factorization objective
   * @throws UserInputException if the problem is not square
   */
  public static SymmetricObjective of(Problem problem) {
    if (problem.rows() != problem.cols()) {
      throw new UserInputException(
          "a symmetric factorization X = UUᵀ needs a square problem, got "
              + problem.rows()
              + "x"
              + problem.cols());
    }
    return new SymmetricObjective(problem);
  }

  /**
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * @return n, the side of X
   */
  public int size() {
    return n;
  }

  /**
   * @return m, the number of observations
   */
  public int observationCount() {
    return m;
  }

  /**
   * @param x an n×n matrix (Input)
   * @return A(X) = (⟨A_i, X⟩)_i
   */
  public double[] measure(Mat x) {
    if (problem instanceof SensingProblem s) {
      return s.measure(x);
    }
    CompletionProblem c = (CompletionProblem) problem;
    int[] r = c.rowIdx();
    int[] col = c.colIdx();
    double[] out = new double[m];
    for (int k = 0; k < m; k++) {
      out[k] = x.get(r[k], col[k]);
    }
    return out;
  }

  /**
   * @param z one value per observation (Input)
   * @return the symmetric part of the adjoint, (S + Sᵀ)/2 with S = A*(z) = Σ_i z_i A_i
   */
  public Mat symmetricAdjoint(double[] z) {
    Mat s;
    if (packed != null) {
      return packed.adjoint(z);
    } else if (problem instanceof SensingProblem p) {
      s = p.adjoint(z);
    } else {
      CompletionProblem c = (CompletionProblem) problem;
      s = Mat.zeros(n, n);
      int[] r = c.rowIdx();
      int[] col = c.colIdx();
      for (int k = 0; k < m; k++) {
        s.data()[r[k] + col[k] * n] += z[k];
      }
    }
    return s.symmetrize();
  }

  /**
   * @param x an n×n matrix (Input)
   * @return the residuals A(X) − y
   */
  public double[] residualsOfX(Mat x) {
    return problem.residuals(x);
  }

  /**
   * @param u an n×k factor (Input)
   * @return the residuals A(UUᵀ) − y
   */
  public double[] residuals(Mat u) {
    checkFactor(u);
    double[] r = measureSymmetric(Mat.multiply(u, false, u, true)).data();
    double[] y = observed();
    for (int k = 0; k < m; k++) {
      r[k] -= y[k];
    }
    return r;
  }

  /**
   * @param u an n×k factor (Input)
   * @return f(U), the mean squared residual
   */
  public double loss(Mat u) {
    return meanSquare(residuals(u));
  }

  /**
   * @param u an n×k factor (Input)
   * @return ∇f(U), n×k
   */
  public Mat gradient(Mat u) {
    return gradient(u, residuals(u));
  }

  /** ∇f(U) from precomputed residuals r = A(UUᵀ) − y: (4/m)·sym(A*(r))·U. */
  Mat gradient(Mat u, double[] r) {
    return symmetricAdjoint(r).times(u).scale(4.0 / m);
  }

  /**
   * The exact restriction of f to the ray U + tD: with r = A(UUᵀ) − y, b = A(UDᵀ + DUᵀ) and c =
   * A(DDᵀ), the residual is r + t·b + t²·c, so f(U + tD) is the quartic with coefficients (Σr²,
   * 2Σrb, Σb² + 2Σrc, 2Σbc, Σc²)/m.
   *
   * @param u the point (Input)
   * @param d the direction (Input)
   * @param r the residuals at u (Input)
   * @return the quartic t ↦ f(U + tD)
   */
  Quartic lineQuartic(Mat u, Mat d, double[] r) {
    return lineTerms(u, d, r).quartic();
  }

  /**
   * The residual along the ray U + tD is r + t·b + t²·c exactly; computes b and c in one pass.
   *
   * @param u the point (Input)
   * @param d the direction (Input)
   * @param r the residuals at u (Input)
   * @return r, b and c
   */
  Line lineTerms(Mat u, Mat d, double[] r) {
    Mat ud = Mat.multiply(u, false, d, true);
    double[] bc2 =
        measureSymmetric(ud.plusScaled(1.0, ud.transpose()), Mat.multiply(d, false, d, true))
            .data();
    return new Line(r, Arrays.copyOfRange(bc2, 0, m), Arrays.copyOfRange(bc2, m, 2 * m));
  }

  /**
   * The residuals r + t·b + t²·c along a ray.
   *
   * @param r at t = 0
   * @param b first-order term
   * @param c second-order term
   */
  record Line(double[] r, double[] b, double[] c) {
    /**
     * @return t ↦ f(U + tD): coefficients (Σr², 2Σrb, Σb² + 2Σrc, 2Σbc, Σc²)/m
     */
    Quartic quartic() {
      int m = r.length;
      double rr = 0;
      double rb = 0;
      double bb = 0;
      double rc = 0;
      double bc = 0;
      double cc = 0;
      for (int k = 0; k < m; k++) {
        rr += r[k] * r[k];
        rb += r[k] * b[k];
        bb += b[k] * b[k];
        rc += r[k] * c[k];
        bc += b[k] * c[k];
        cc += c[k] * c[k];
      }
      return new Quartic(rr / m, 2 * rb / m, (bb + 2 * rc) / m, 2 * bc / m, cc / m);
    }

    /**
     * @param t the step
     * @return the residuals at U + tD
     */
    double[] at(double t) {
      double[] out = new double[r.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = r[k] + t * (b[k] + t * c[k]);
      }
      return out;
    }
  }

  /**
   * @param u a factor (Input)
   * @param d a direction of the same shape (Input)
   * @return the quartic t ↦ f(U + tD), exactly
   */
  public double[] lineCoefficients(Mat u, Mat d) {
    checkFactor(d);
    Quartic q = lineQuartic(u, d, residuals(u));
    return new double[] {q.a0(), q.a1(), q.a2(), q.a3(), q.a4()};
  }

  static double meanSquare(double[] r) {
    double s = 0;
    for (double v : r) {
      s += v * v;
    }
    return s / r.length;
  }

  private double[] observed() {
    return problem instanceof SensingProblem s ? s.y() : ((CompletionProblem) problem).values();
  }

  private void checkFactor(Mat u) {
    if (u.rows() != n) {
      throw new IllegalArgumentException(
          "factor has " + u.rows() + " rows, the problem is " + n + "x" + n);
    }
  }
}
