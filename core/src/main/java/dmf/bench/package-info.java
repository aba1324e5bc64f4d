/**
 * Benchmarks callable from Java, and the bridge to the independent PyTorch reference.
 *
 * <p>May import: io.
 */
package dmf.bench;
