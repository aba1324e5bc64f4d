/**
 * The results store: run folders (config, provenance, metrics, summary, matrices), the SQLite
 * results database and its CSV export.
 *
 * <p>May import: base, settings, linalg, metrics, problem, io, io.npy, io.provenance.
 */
package dmf.io.store;
