/**
 * Reproductions of paper figures, callable from Java: the {@code Reproduction} contract (sweep,
 * figures, claims) and its registry, the runner that sweeps and reports, the report writer (claims
 * with verdicts, margins and spread; the runs section; figures and tables), the kinds of claim with
 * their verdicts, and the aggregation of stored runs into median curves selected by settings.
 *
 * <p>May import: base, experiment, io, io.provenance, io.store, plot.
 */
package dmf.paper;
