package dmf.experiment;

import dmf.base.UserInputException;
import dmf.io.OutputPaths;
import dmf.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks of {@link ProblemKind#check}: settings against each other (rank within the shape,
 * observations within the entries) and the files they name, before anything is built.
 */
final class ProblemChecks {
  private ProblemChecks() {}

  /**
   * @param kind the kind
   * @param s settings of the kind's table
   * @return the settings, derived defaults filled in
   * @throws UserInputException when they cannot describe a problem
   */
  static Settings check(ProblemKind kind, Settings s) {
    switch (kind) {
      case COMPLETION:
      case SENSING:
        int rows = s.get(ProblemTables.ROWS);
        int cols = s.get(ProblemTables.COLS);
        int rank = s.get(ProblemTables.RANK);
        if (rank > Math.min(rows, cols)) {
          throw new UserInputException(
              "rank " + rank + " exceeds min(rows, cols) = " + Math.min(rows, cols));
        }
        if (s.get(ProblemTables.SYMMETRIC) && rows != cols) {
          throw new UserInputException(
              "symmetric = true needs rows = cols, got " + rows + "x" + cols);
        }
        if (kind == ProblemKind.COMPLETION
            && s.get(ProblemTables.OBSERVATIONS) > (long) rows * cols) {
          throw new UserInputException(
              "observations = "
                  + s.get(ProblemTables.OBSERVATIONS)
                  + " exceeds the "
                  + (long) rows * cols
                  + " entries of a "
                  + rows
                  + "x"
                  + cols
                  + " matrix");
        }
        return s;
      case PSD_SENSING:
        int n = s.get(ProblemTables.PSD_ROWS);
        int r = s.get(ProblemTables.PSD_RANK);
        if (r > n) {
          throw new UserInputException("psd_sensing needs rank ≤ rows, got rank " + r + " > " + n);
        }
        return s.get(ProblemTables.PSD_MEASUREMENTS) > 0
            ? s
            : s.with(ProblemTables.PSD_MEASUREMENTS, 3 * n * r);
      case RATINGS:
        requireFile(s.get(ProblemTables.DATA), "data", "kind = ratings needs data = PATH");
        int size = ProblemBuilders.ratingsTable(s).size();
        if (s.get(ProblemTables.RATINGS_OBSERVATIONS) > size) {
          throw new UserInputException(
              "observations = "
                  + s.get(ProblemTables.RATINGS_OBSERVATIONS)
                  + " exceeds the "
                  + size
                  + " ratings in "
                  + s.get(ProblemTables.DATA));
        }
        return s;
      default:
        requireDir(s.get(ProblemTables.INSTANCE));
        return s;
    }
  }

  private static void requireFile(String path, String key, String missing) {
    if (path.isEmpty()) {
      throw new UserInputException(missing);
    }
    if (!Files.isRegularFile(Path.of(path))) {
      throw new UserInputException(path + ": no such file (" + key + ")");
    }
  }

  private static void requireDir(String path) {
    if (path.isEmpty()) {
      throw new UserInputException("kind = instance needs instance = FOLDER");
    }
    if (!Files.isDirectory(Path.of(path))) {
      throw new UserInputException(path + ": no such instance folder");
    }
    OutputPaths.Kind k = OutputPaths.kindOf(Path.of(path));
    if (k != OutputPaths.Kind.COMPLETION_INSTANCE && k != OutputPaths.Kind.SENSING_INSTANCE) {
      throw new UserInputException(
          path
              + ": not an instance folder (it holds "
              + k.text()
              + "; expected rows.npy/cols.npy/values.npy or A.npy/y.npy, see dmf gen)");
    }
  }
}
