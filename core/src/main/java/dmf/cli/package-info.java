/**
 * The {@code dmf} command line: picocli wiring only. Every command parses its options, calls the
 * library and prints; no numerics, report building or file formats live here.
 *
 * <p>May import: base, settings, linalg, problem, optim, deep, io, io.data, io.npy, io.provenance,
 * io.store, plot, experiment, paper, paper.arora, paper.gunasekar, theory, bench, ratings, serve.
 */
package dmf.cli;
