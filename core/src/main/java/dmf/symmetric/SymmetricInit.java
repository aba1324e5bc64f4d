package dmf.symmetric;

import dmf.base.RandomStreams;
import dmf.linalg.Mat;
import dmf.problem.Generators;

/** How the factor U₀ (n×k) of the symmetric factorization starts, at scale α. */
public enum SymmetricInit {
  /** U₀ = α·Ū₀/‖Ū₀‖_F with Ū₀ i.i.d. N(0, 1) from the stream "init" of the seed, so ‖U₀‖_F = α. */
  GAUSSIAN,
  /**
   * U₀ = α·I (the n×k rectangular identity), following Gunasekar et al. (2017); then X₀ = α²·I on
   * the first min(n, k) coordinates and ‖U₀‖_F = α·√min(n, k).
   */
  IDENTITY;

  /**
   * @param n rows of U
   * @param k columns of U (the width)
   * @param alpha the scale α ≥ 0
   * @param seed root seed (used by {@link #GAUSSIAN} only)
   * @return U₀
   */
  public Mat create(int n, int k, double alpha, long seed) {
    if (this == IDENTITY) {
      return Mat.eye(n, k).scale(alpha);
    }
    Mat g = Generators.gaussian(n, k, 1.0, RandomStreams.of(seed, "init"));
    return g.scale(alpha / g.frobeniusNorm());
  }
}
