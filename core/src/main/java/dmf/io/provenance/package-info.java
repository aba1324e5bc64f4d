/**
 * Where a result came from: seed, dmf version, git commit, JDK, OS, BLAS backend and times, as
 * written beside every result.
 *
 * <p>May import: linalg.
 */
package dmf.io.provenance;
