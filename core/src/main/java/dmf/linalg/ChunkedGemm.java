package dmf.linalg;

import dmf.base.Workers;

/**
 * GEMM on several cores, for the tall-and-thin products of a factored model (one side of size rows
 * or cols, the others of the hidden width): the longest of the three dimensions is cut into pieces
 * of {@link #PIECE} and each piece is one single-threaded BLAS call. When the long side is the
 * inner one (and beta = 0, C packed), each piece writes its own partial product and the partials
 * are added in piece order.
 *
 * <p>The pieces depend on the shapes only, never on the thread count, so the result is bitwise the
 * same for any number of threads. Products with fewer than {@link #PIECE} rows, columns and inner
 * terms are passed to BLAS whole.
 *
 * @param <B> the buffer type
 */
public final class ChunkedGemm<B> {
  /** Length of one piece along the cut dimension. */
  public static final int PIECE = 8192;

  private final Ops<B> ops;
  private final Workers workers;

  /**
   * @param ops the kernels of the buffers' precision
   * @param workers the threads
   */
  public ChunkedGemm(Ops<B> ops, Workers workers) {
    this.ops = ops;
    this.workers = workers;
  }

  /** C = alpha·op(A)·op(B) + beta·C, as {@link Ops#gemm}, with whole buffers. */
  public void gemm(
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
      int ldc) {
    int longest = Math.max(m, Math.max(n, k));
    if (longest <= PIECE) {
      ops.gemm(transA, transB, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
      return;
    }
    int pieces = (longest + PIECE - 1) / PIECE;
    if (n == longest) {
      workers.run(
          pieces,
          p -> {
            int lo = p * PIECE;
            int len = Math.min(PIECE, n - lo);
            int bo = transB ? lo : lo * ldb;
            ops.gemm(
                transA, transB, m, len, k, alpha, a, 0, lda, b, bo, ldb, beta, c, lo * ldc, ldc);
          });
    } else if (m == longest) {
      workers.run(
          pieces,
          p -> {
            int lo = p * PIECE;
            int len = Math.min(PIECE, m - lo);
            int ao = transA ? lo * lda : lo;
            ops.gemm(transA, transB, len, n, k, alpha, a, ao, lda, b, 0, ldb, beta, c, lo, ldc);
          });
    } else if (beta == 0 && ldc == m) {
      innerCut(transA, transB, m, n, k, alpha, a, lda, b, ldb, c, pieces);
    } else {
      ops.gemm(transA, transB, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
    }
  }

  private void innerCut(
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
      B c,
      int pieces) {
    @SuppressWarnings("unchecked")
    B[] partial = (B[]) new Object[pieces];
    workers.run(
        pieces,
        p -> {
          int lo = p * PIECE;
          int len = Math.min(PIECE, k - lo);
          int ao = transA ? lo : lo * lda;
          int bo = transB ? lo * ldb : lo;
          partial[p] = ops.alloc(m * n);
          ops.gemm(transA, transB, m, n, len, alpha, a, ao, lda, b, bo, ldb, 0.0, partial[p], 0, m);
        });
    for (int p = 1; p < pieces; p++) {
      ops.axpy(m * n, 1.0, partial[p], 0, partial[0], 0);
    }
    ops.copy(partial[0], c, m * n);
  }
}
