/**
 * Benchmarks callable from Java, and the bridge to the independent PyTorch reference.
 *
 * <p>May import: base, settings, linalg, problem, optim, deep, io, io.data.
 */
package dmf.bench;
