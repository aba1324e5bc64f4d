/**
 * Data sets on disk: instance folders of NumPy files, factor files and rating files (MovieLens and
 * CSV).
 *
 * <p>May import: base, linalg, problem, io, io.npy.
 */
package dmf.io.data;
