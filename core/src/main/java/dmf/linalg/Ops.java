package dmf.linalg;

/**
 * Array kernels of one precision, over flat column-major buffers of type {@code B} ({@code
 * double[]} or {@code float[]}).
 *
 * <p>The training loop is written once against this interface; {@link Ops64} and {@link Ops32} are
 * the two implementations. GEMM and GEMV go to the {@link Backend}; the short vector kernels are
 * plain Java loops that the JIT vectorizes. Offsets and leading dimensions follow BLAS conventions.
 * Unless said otherwise, inputs are not modified and outputs may not alias inputs.
 *
 * @param <B> the buffer type
 */
public interface Ops<B> {
  /**
   * @return the precision of the buffers
   */
  Precision precision();

  /**
   * @param n length
   * @return a zeroed buffer
   */
  B alloc(int n);

  /**
   * @param src values (Input)
   * @return a new buffer holding {@code src} rounded to this precision
   */
  B fromDoubles(double[] src);

  /**
   * @param src values (Input)
   * @param n how many entries
   * @param dst receives src rounded to this precision (Output)
   */
  void setFromDoubles(double[] src, int n, B dst);

  /**
   * @param src buffer (Input)
   * @param n how many entries
   * @param dst receives the values widened to double (Output)
   */
  void toDoubles(B src, int n, double[] dst);

  /**
   * C = alpha·op(A)·op(B) + beta·C, with column-major A (m×k after op), B (k×n after op), C (m×n).
   */
  void gemm(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      B a,
      int lda,
      B b,
      int ldb,
      double beta,
      B c,
      int ldc);

  /**
   * C = alpha·op(A)·op(B) + beta·C on sub-matrices that start at the given offsets of the buffers
   * (BLAS conventions, as {@link #gemm(boolean, boolean, int, int, int, double, Object, int,
   * Object, int, double, Object, int)}).
   */
  void gemm(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
      double alpha,
      B a,
      int aOffset,
      int lda,
      B b,
      int bOffset,
      int ldb,
      double beta,
      B c,
      int cOffset,
      int ldc);

  /**
   * @param x a buffer (Input)
   * @param i an index
   * @return x[i] widened to double
   */
  double get(B x, int i);

  /**
   * @param x a buffer (Output)
   * @param i an index
   * @param v the value to store at x[i], rounded to this precision
   */
  void set(B x, int i, double v);

  /**
   * The gathered dot products and scatters of sparse factored completion, over a run of entries
   * that share one A-side vector x = X[xo, xo + h): for each entry e in [from, to) with B-side
   * vector y_e = Y[ids[e]·h, ids[e]·h + h), the residual r = x·y_e − values[e]; returns Σ r², and
   * when {@code gx} is not null adds scale·r·y_e to GX[xo, xo + h) and scale·r·x to GY[ids[e]·h,
   * …). Entries are taken two at a time so that x is read once for both; sums are in this
   * precision, Σ r² in double. The arrays may not overlap except as stated.
   */
  double residualScatter(
      int h, B x, int xo, B gx, B y, B gy, int[] ids, B values, int from, int to, double scale);

  /** y = alpha·op(A)·x + beta·y, with column-major A of m rows and n columns before op. */
  void gemv(boolean transA, int m, int n, double alpha, B a, int lda, B x, double beta, B y);

  /**
   * y = alpha·op(A)·x + beta·y, with A the column-major m×n block that starts at {@code a[aOffset]}
   * (a run of columns of a larger matrix with leading dimension lda).
   */
  void gemv(
      boolean transA, int m, int n, double alpha, B a, int aOffset, int lda, B x, double beta, B y);

  /**
   * @return Σ x[xo+i]·y[yo+i] for i &lt; n
   */
  double dot(int n, B x, int xo, B y, int yo);

  /** y[yo+i] += alpha·x[xo+i] for i &lt; n. */
  void axpy(int n, double alpha, B x, int xo, B y, int yo);

  /**
   * @return Σ x[i]² for i &lt; n, accumulated in double
   */
  double sumSquares(B x, int n);

  /** x[i] *= alpha for i &lt; n. */
  void scale(B x, int n, double alpha);

  /** x[i] = 0 for i &lt; n. */
  void zero(B x, int n);

  /** x[i] = 0 for offset ≤ i &lt; offset + n. */
  void zero(B x, int offset, int n);

  /** dst[i] = src[i] for i &lt; n. */
  void copy(B src, B dst, int n);

  /** dst (cols×rows) = srcᵀ, for column-major src of the given shape. */
  void transpose(B src, int rows, int cols, B dst);

  /**
   * @return whether every x[i], i &lt; n, is finite
   */
  boolean allFinite(B x, int n);

  /**
   * Error norm of an adaptive integrator: Σ (h·e_i / (atol + rtol·max(|p_i|, |q_i|)))² over i &lt;
   * n.
   */
  double scaledSquares(int n, B e, double h, B p, B q, double atol, double rtol);

  /**
   * One Adam update of n parameters: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g², p ← p − lr·m̂/(√v̂
   * + eps), with bias corrections m̂ = m/c1, v̂ = v/c2.
   */
  void adam(
      int n,
      B p,
      B g,
      B m,
      B v,
      double lr,
      double beta1,
      double beta2,
      double eps,
      double c1,
      double c2);
}
