package dmf.baseline;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.linalg.Svd;
import dmf.problem.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SoftImpute (Mazumder, Hastie, Tibshirani 2010) in its sparse-plus-low-rank form, for matrices too
 * large to hold densely: Z ← S_λ(P_Ω(M) + P_Ω⊥(Z)) with Z = U·diag(d)·Vᵀ kept in factored form. The
 * matrix being thresholded is X = P_Ω(M − Z) + Z, sparse plus low rank, so products with it cost
 * O(|Ω|·b + (m+n)·r·b) for b vectors; its leading singular triplets come from one step of subspace
 * iteration per update, warm-started from the previous right singular vectors, in place of a full
 * SVD. Runs along a geometric path of λ from σ₁(P_Ω(M)) down, each λ warm-started from the last,
 * and returns every point of the path (or the points up to where the observer stopped it).
 *
 * <p>No m×n matrix is ever formed: memory is O(|Ω| + (m+n)·b).
 */
public final class SparseSoftImpute {
  private static final int OVERSAMPLE = 5;
  private final int m;
  private final int n;
  private final int[] rows;
  private final int[] cols;
  private final double[] values;

  /**
   * One point of the λ path: Z = U·diag(d)·Vᵀ.
   *
   * @param lambda the threshold λ
   * @param u m×r left factors (orthonormal columns)
   * @param d the r singular values of Z, descending, positive
   * @param v n×r right factors (orthonormal columns)
   * @param iterations updates spent at this λ
   */
  public record PathPoint(double lambda, Mat u, double[] d, Mat v, int iterations) {
    /**
     * @return the rank of Z
     */
    public int rank() {
      return d.length;
    }

    /**
     * @param i a row
     * @param j a column
     * @return Z_ij
     */
    public double entry(int i, int j) {
      double s = 0;
      int r = d.length;
      for (int q = 0; q < r; q++) {
        s += u.data()[i + q * u.rows()] * d[q] * v.data()[j + q * v.rows()];
      }
      return s;
    }
  }

  /** Sees each point of the path as it is reached. */
  public interface PathObserver {
    /**
     * @param index the point's position on the path (0-based)
     * @param point the point
     * @return true to end the path here
     */
    boolean onPoint(int index, PathPoint point);
  }

  /**
   * @param m rows
   * @param n columns
   * @param rows row of each observation (Input, not modified)
   * @param cols column of each observation (Input, not modified)
   * @param values the observations (Input, not modified)
   */
  public SparseSoftImpute(int m, int n, int[] rows, int[] cols, double[] values) {
    this.m = m;
    this.n = n;
    this.rows = rows;
    this.cols = cols;
    this.values = values;
  }

  /**
   * Runs the path λ_s = σ₁·ratio^(s/L), s = 1..L.
   *
   * @param maxRank the largest rank kept (and the most vectors iterated)
   * @param pathLength L, the number of λ values
   * @param ratio the last λ relative to σ₁(P_Ω(M)), in (0, 1)
   * @param tol stop at a λ when ‖Z_new − Z‖_F² ≤ tol·‖Z‖_F²
   * @param maxIters updates per λ at most
   * @param seed seed of the starting subspace
   * @param observer sees each point and may end the path
   * @return the points reached, largest λ first
   */
  public List<PathPoint> path(
      int maxRank,
      int pathLength,
      double ratio,
      double tol,
      int maxIters,
      long seed,
      PathObserver observer) {
    SplittableRandom rng = RandomStreams.of(seed, "softimpute");
    double sigma1 = topSingularValue(rng);
    PathPoint z = new PathPoint(sigma1, Mat.zeros(m, 0), new double[0], Mat.zeros(n, 0), 0);
    Mat basis = Generators.gaussian(n, Math.min(maxRank, OVERSAMPLE + 1), 1, rng);
    List<PathPoint> out = new ArrayList<>();
    for (int s = 1; s <= pathLength; s++) {
      double lambda = sigma1 * Math.pow(ratio, (double) s / pathLength);
      int it = 0;
      while (it < maxIters) {
        it++;
        Mat[] right = new Mat[1];
        PathPoint next = update(z, basis, lambda, maxRank, right);
        basis = widen(right[0], Math.min(maxRank, next.rank() + OVERSAMPLE), rng);
        double change = distanceSquared(z, next);
        double norm = normSquared(z);
        z = next;
        if (change <= tol * Math.max(norm, 1e-300)) {
          break;
        }
      }
      z = new PathPoint(lambda, z.u(), z.d(), z.v(), it);
      out.add(z);
      if (observer.onPoint(s - 1, z)) {
        break;
      }
    }
    return out;
  }

  /**
   * One SoftImpute update with an approximate SVD from one subspace-iteration step; {@code
   * right[0]} receives every right singular vector found (n×b), the next warm start.
   */
  private PathPoint update(PathPoint z, Mat basis, double lambda, int maxRank, Mat[] right) {
    double[] resid = residuals(z);
    Mat y = timesX(resid, z, basis); // m×b
    Mat q = Svd.of(y).u(); // orthonormal basis of the range
    Mat bt = timesXt(resid, z, q); // n×b = Xᵀ Q
    Svd s = Svd.of(bt); // Xᵀ Q = Ṽ Σ Ũᵀ, so X ≈ Q Ũ Σ Ṽᵀ
    right[0] = s.u();
    double[] sv = s.s();
    int r = 0;
    while (r < sv.length && r < maxRank && sv[r] > lambda) {
      r++;
    }
    Mat qu = q.times(s.v()); // m×b: Q Ũ
    double[] d = new double[r];
    Mat u = Mat.zeros(m, r);
    Mat v = Mat.zeros(n, r);
    for (int c = 0; c < r; c++) {
      d[c] = sv[c] - lambda;
      System.arraycopy(qu.data(), c * m, u.data(), c * m, m);
      System.arraycopy(s.u().data(), c * n, v.data(), c * n, n);
    }
    return new PathPoint(lambda, u, d, v, 0);
  }

  /** The next basis: the leading {@code b} right vectors, topped up with random vectors. */
  private Mat widen(Mat src, int b, SplittableRandom rng) {
    int want = Math.max(b, 1);
    Mat out = Mat.zeros(n, want);
    int have = 0;
    for (; have < want && have < src.cols(); have++) {
      System.arraycopy(src.data(), have * n, out.data(), have * n, n);
    }
    for (; have < want; have++) {
      for (int i = 0; i < n; i++) {
        out.set(i, have, rng.nextGaussian());
      }
    }
    return out;
  }

  /** r_k = M_k − Z(i_k, j_k) on Ω. */
  private double[] residuals(PathPoint z) {
    double[] r = new double[values.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = values[k] - z.entry(rows[k], cols[k]);
    }
    return r;
  }

  /** X·B = S·B + U·diag(d)·(VᵀB), with S the sparse residual. */
  private Mat timesX(double[] resid, PathPoint z, Mat b) {
    return times(resid, rows, cols, m, b, z.u(), z.d(), z.v());
  }

  /** Xᵀ·Q = Sᵀ·Q + V·diag(d)·(UᵀQ). */
  private Mat timesXt(double[] resid, PathPoint z, Mat q) {
    return times(resid, cols, rows, n, q, z.v(), z.d(), z.u());
  }

  /**
   * out = S·B + F·diag(d)·(GᵀB), where S (outDim × B's rows) has entry resid[k] at (outIdx[k],
   * inIdx[k]).
   */
  private static Mat times(
      double[] resid, int[] outIdx, int[] inIdx, int outDim, Mat b, Mat f, double[] d, Mat g) {
    int w = b.cols();
    int inDim = b.rows();
    Mat out = Mat.zeros(outDim, w);
    double[] o = out.data();
    double[] bd = b.data();
    for (int k = 0; k < resid.length; k++) {
      int i = outIdx[k];
      int j = inIdx[k];
      double s = resid[k];
      for (int c = 0; c < w; c++) {
        o[i + c * outDim] += s * bd[j + c * inDim];
      }
    }
    if (d.length > 0) {
      out = out.plusScaled(1, f.scaleColumns(d).times(Mat.multiply(g, true, b, false)));
    }
    return out;
  }

  /** σ₁(P_Ω(M)) by power iteration on the sparse matrix (relative change ≤ 1e-6, 300 steps). */
  private double topSingularValue(SplittableRandom rng) {
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = rng.nextGaussian();
    }
    double sigma = 0;
    for (int it = 0; it < 300; it++) {
      double[] y = new double[m];
      for (int k = 0; k < values.length; k++) {
        y[rows[k]] += values[k] * x[cols[k]];
      }
      double[] z = new double[n];
      for (int k = 0; k < values.length; k++) {
        z[cols[k]] += values[k] * y[rows[k]];
      }
      double nz = Math.sqrt(dot(z, z));
      double nx = Math.sqrt(dot(x, x));
      double next = Math.sqrt(nz / Math.max(nx, 1e-300));
      for (int j = 0; j < n; j++) {
        x[j] = z[j] / Math.max(nz, 1e-300);
      }
      if (Math.abs(next - sigma) <= 1e-6 * next) {
        return next;
      }
      sigma = next;
    }
    return sigma;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  /** ‖Z‖_F² = Σ d². */
  private static double normSquared(PathPoint z) {
    return dot(z.d(), z.d());
  }

  /** ‖Z₁ − Z₂‖_F² = ‖Z₁‖² + ‖Z₂‖² − 2 tr(D₁ U₁ᵀU₂ D₂ V₂ᵀV₁), in O((m+n)·r₁·r₂). */
  private static double distanceSquared(PathPoint a, PathPoint b) {
    double cross = 0;
    if (a.rank() > 0 && b.rank() > 0) {
      Mat uu = Mat.multiply(a.u(), true, b.u(), false);
      Mat vv = Mat.multiply(a.v(), true, b.v(), false);
      for (int p = 0; p < a.rank(); p++) {
        for (int q = 0; q < b.rank(); q++) {
          cross += a.d()[p] * uu.get(p, q) * b.d()[q] * vv.get(p, q);
        }
      }
    }
    return Math.max(0, normSquared(a) + normSquared(b) - 2 * cross);
  }
}
