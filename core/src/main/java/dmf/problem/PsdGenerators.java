package dmf.problem;

import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.linalg.Mat;
import java.util.SplittableRandom;

/**
 * Seeded ground truths and measurements for the symmetric (PSD) experiments of Gunasekar et al.,
 * 2017). Every ground truth has ‖X*‖_F = 1. Truths draw from the stream "truth" of the seed and
 * measurements from "measurements", so truths and measurements vary independently.
 */
public final class PsdGenerators {
  /** Eigenvalue decay exponent of the decaying spectrum: λ_k ∝ 1/(k + c)^1.5. */
  public static final double DECAY_EXPONENT = 1.5;

  /** Target r of the decaying spectrum: ‖X*‖_* = √r·‖X*‖_F with r = 2. */
  public static final double DECAY_EFFECTIVE_RANK = 2.0;

  private PsdGenerators() {}

  /**
   * A planted PSD matrix of rank r: X* = ZZᵀ/‖ZZᵀ‖_F with Z (n×r) i.i.d. N(0, 1).
   *
   * @param n side
   * @param r rank, 1 ≤ r ≤ n
   * @param seed root seed
   * @return X*, symmetric PSD, rank r, ‖X*‖_F = 1
   */
  public static Mat plantedLowRank(int n, int r, long seed) {
    if (n < 1) {
      throw new UserInputException("matrix size must be positive, got " + n);
    }
    if (r < 1 || r > n) {
      throw new UserInputException("rank " + r + " must be in [1, " + n + "]");
    }
    Mat z = Generators.gaussian(n, r, 1.0, RandomStreams.of(seed, "truth"));
    Mat x = Mat.multiply(z, false, z, true).symmetrize();
    return x.scale(1.0 / x.frobeniusNorm());
  }

  /**
   * The full-rank PSD matrix with a decaying spectrum: eigenvalues ∝ 1/(k + c)^1.5, k = 1..n, with
   * c chosen so that ‖X*‖_* = √2·‖X*‖_F; see {@link #decayingSpectrum(int, double, double, long)}.
   *
   * @param n side, at least 3
   * @param seed root seed
   * @return X*, ‖X*‖_F = 1
   */
  public static Mat decayingSpectrum(int n, long seed) {
    return decayingSpectrum(n, DECAY_EXPONENT, DECAY_EFFECTIVE_RANK, seed);
  }

  /**
   * X* = Q·diag(λ)·Qᵀ with Q a Haar-random orthogonal matrix (the polar factor of an n×n Gaussian,
   * stream "truth") and the eigenvalues of {@link #decayingEigenvalues}.
   *
   * @param n side
   * @param exponent p &gt; 0 in λ_k ∝ 1/(k + c)^p
   * @param effectiveRank r with 1 &lt; r &lt; n, the target of ‖X*‖_* = √r·‖X*‖_F
   * @param seed root seed
   * @return X*, symmetric positive definite, ‖X*‖_F = 1
   */
  public static Mat decayingSpectrum(int n, double exponent, double effectiveRank, long seed) {
    double[] lambda = decayingEigenvalues(n, exponent, effectiveRank);
    SplittableRandom rng = RandomStreams.of(seed, "truth");
    Mat q = Generators.randomSemiOrthogonal(n, n, rng);
    Mat x = Mat.multiply(q.scaleColumns(lambda), false, q, true).symmetrize();
    return x.scale(1.0 / x.frobeniusNorm());
  }

  /**
   * The eigenvalues λ_k = s/(k + c)^p, k = 1..n, descending, with s such that Σλ_k² = 1 and the
   * offset c &gt; −1 such that Σλ_k = √r (i.e. ‖X‖_* = √r·‖X‖_F). The ratio is scale-invariant and
   * increases with c from 1 (c → −1, the first eigenvalue dominates) to √n (c → ∞, flat), so c
   * exists for 1 &lt; r &lt; n and is found by bisection to machine precision; c may be negative.
   *
   * @param n count
   * @param exponent p &gt; 0
   * @param effectiveRank r with 1 &lt; r &lt; n
   * @return the eigenvalues, descending
   */
  public static double[] decayingEigenvalues(int n, double exponent, double effectiveRank) {
    if (!(exponent > 0) || !Double.isFinite(exponent)) {
      throw new UserInputException("decay exponent must be positive, got " + exponent);
    }
    if (!(effectiveRank > 1) || !(effectiveRank < n)) {
      throw new UserInputException(
          "effective rank "
              + effectiveRank
              + " must lie strictly between"
              + " 1 and the size "
              + n);
    }
    double target = Math.sqrt(effectiveRank);
    double lo = -1;
    double hi = 1;
    while (ratio(n, exponent, hi) < target) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < 2000; i++) {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (ratio(n, exponent, mid) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double[] l = relative(n, exponent, 0.5 * (lo + hi));
    double ss = 0;
    for (double v : l) {
      ss += v * v;
    }
    double s = 1 / Math.sqrt(ss);
    for (int k = 0; k < n; k++) {
      l[k] *= s;
    }
    return l;
  }

  /** λ_k/λ_1 = ((1 + c)/(k + c))^p, which cannot overflow for c &gt; −1. */
  private static double[] relative(int n, double p, double c) {
    double[] l = new double[n];
    for (int k = 1; k <= n; k++) {
      l[k - 1] = Math.pow((1 + c) / (k + c), p);
    }
    return l;
  }

  private static double ratio(int n, double p, double c) {
    double s1 = 0;
    double s2 = 0;
    for (double v : relative(n, p, c)) {
      s1 += v;
      s2 += v * v;
    }
    return s1 / Math.sqrt(s2);
  }

  /**
   * Symmetric Gaussian sensing: A_i = (G_i + G_iᵀ)/2 with G_i i.i.d. N(0, 1) entries (stream
   * "measurements"), y_i = ⟨A_i, X*⟩. Off-diagonal entries of A_i have variance 1/2 and diagonal
   * ones 1, so E⟨A_i, X⟩² = ‖X‖_F² for symmetric X. (Unlike {@link Generators#sensing}, the entries
   * are not scaled by 1/n.)
   *
   * @param truth X*, square (Input)
   * @param m number of measurements ≥ 1
   * @param seed root seed
   * @return the sensing problem with X* attached
   */
  public static SensingProblem symmetricGaussianSensing(Mat truth, int m, long seed) {
    return Generators.sensing(truth, m, true, 1.0, seed);
  }
}
