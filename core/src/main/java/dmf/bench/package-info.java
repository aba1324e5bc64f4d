/**
 * Benchmarks callable from Java: per-iteration speed and GFLOP/s against the independent PyTorch
 * reference (and the bridge to it), time to solution, and the check that the adaptive flow solver
 * lands where small-step gradient descent lands.
 *
 * <p>May import: base, settings, linalg, optim, problem, deep, io, io.data, io.provenance.
 */
package dmf.bench;
