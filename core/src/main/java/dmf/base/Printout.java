package dmf.base;

import java.util.List;

/**
 * What a command shows when its work is done: lines for standard output, lines for standard error
 * (the first names the failure, the others add detail) and its exit code (0 done, 1 a fault, 2 a
 * user mistake). Library code returns it; only the command line prints it.
 *
 * @param out lines for standard output
 * @param err lines for standard error, empty when nothing failed
 * @param exitCode the exit code
 */
public record Printout(List<String> out, List<String> err, int exitCode) {
  /** Copies the lists. */
  public Printout {
    out = List.copyOf(out);
    err = List.copyOf(err);
  }

  /**
   * @param out lines for standard output
   * @return a printout of work that succeeded
   */
  public static Printout of(List<String> out) {
    return new Printout(out, List.of(), 0);
  }
}
