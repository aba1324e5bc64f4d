/**
 * Foundations every package may use: named random streams split from explicit seeds (no global
 * RNG), the user-input exception that the command line turns into a one-line error with exit code
 * 2, and summary statistics.
 *
 * <p>May import: nothing.
 */
package dmf.base;
