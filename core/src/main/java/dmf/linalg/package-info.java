/**
 * Dense linear algebra behind one small facade: the column-major matrix type, GEMM and vector
 * kernels for float64 and float32 ({@code Ops}), SVD and symmetric eigendecomposition, all routed
 * to a bundled native OpenBLAS with a pure-Java fallback.
 *
 * <p>May import: base, settings.
 */
package dmf.linalg;
