/**
 * Reproductions of paper figures: the {@code Reproduction} contract (sweep, panels, claims), claims
 * with verdicts, and aggregation of stored runs into curves.
 *
 * <p>May import: base, experiment, io.store, plot.
 */
package dmf.paper;
