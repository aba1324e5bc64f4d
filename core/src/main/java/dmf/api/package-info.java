/**
 * The public Java API in one place, for researchers who work in JShell or their own code: build a
 * problem, configure a solver, train with an observer, read the result, run a single run or a sweep
 * into a results folder, without the command line. See {@link dmf.api.Dmf} and the {@code
 * examples/} folder.
 *
 * <p>May import: settings, problem, deep, experiment.
 */
package dmf.api;
