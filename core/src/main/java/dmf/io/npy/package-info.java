/**
 * The NumPy {@code .npy} codec: every dtype, byte order, Fortran order and header version on read;
 * little-endian C order on write.
 *
 * <p>May import: base, linalg, io.
 */
package dmf.io.npy;
