/**
 * Experiments as data and the one run path: sweep specs expanded into seeded runs, the solver and
 * problem registries, the executor that solves, summarizes and writes a run folder, and the
 * resumable sweep runner.
 *
 * <p>May import: base, settings, linalg, problem, metrics, deep, symmetric, baseline, io, io.npy,
 * io.data, io.provenance, io.store.
 */
package dmf.experiment;
