/**
 * The {@code dmf} command line: picocli wiring only. Every command parses its options, calls the
 * library and prints; no numerics, report building or file formats live here. Commands are static
 * picocli command methods grouped by concern; their help texts are in {@code
 * dmf/cli/help.properties}.
 *
 * <p>May import: base, settings, linalg, problem, deep, io, io.provenance, io.store, experiment,
 * paper, theory, bench, ratings, serve.
 */
package dmf.cli;
