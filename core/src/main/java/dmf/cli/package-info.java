/**
 * The {@code dmf} command line: picocli wiring only. Every command is a {@link
 * dmf.cli.TableCommand}: its flags and operands are the settings of tables in the packages that do
 * the work (one source of each name, default, bound and description), and its action is one call of
 * the library, whose printout it prints. Plugins (the Spark module) make their commands the same
 * way. Command descriptions are in {@code dmf/cli/help.properties}.
 *
 * <p>May import: base, settings, linalg, problem, deep, io, io.provenance, io.store, experiment,
 * paper, theory, bench, ratings, serve.
 */
package dmf.cli;
