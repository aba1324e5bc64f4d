/**
 * Foundations every package may use: named random streams split from explicit seeds (no global
 * RNG), the user-input exception that the command line turns into a one-line error with exit code
 * 2, summary statistics, worker threads, and progress: listeners, status lines for people ({@code
 * StatusSink}, {@code StageProgress}) and durations as people read them.
 *
 * <p>May import: nothing.
 */
package dmf.base;
