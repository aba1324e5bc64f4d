package dmf.io.store;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.problem.IterationRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** metrics.csv: one row per logged iteration; columns iteration, seconds, then every scalar. */
public final class MetricsCsv {
  private MetricsCsv() {}

  /**
   * Writes the records atomically. Columns are the union of scalar names in order of first
   * appearance; a missing value is left empty.
   *
   * @param file the target
   * @param records the logged iterations
   */
  public static void write(Path file, List<IterationRecord> records) {
    Set<String> names = new LinkedHashSet<>();
    for (IterationRecord r : records) {
      names.addAll(r.scalars().keySet());
    }
    List<String> cols = new ArrayList<>(names);
    AtomicFiles.writeText(
        file,
        w -> {
          w.write(header(cols));
          for (IterationRecord r : records) {
            w.write(line(r, cols));
          }
        });
  }

  /**
   * Appends records to a growing metrics.csv, one flushed line each, so that a reader sees whole
   * lines as a run trains. The columns are those of the first record; the file is rewritten whole
   * with {@link #write} when the run ends.
   */
  static final class Appender {
    private final Path file;
    private List<String> cols;
    private Writer out;
    private boolean failed;

    Appender(Path file) {
      this.file = file;
    }

    void append(IterationRecord r) {
      if (failed) {
        return;
      }
      try {
        if (out == null) {
          cols = new ArrayList<>(r.scalars().keySet());
          out =
              Files.newBufferedWriter(
                  file,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.TRUNCATE_EXISTING,
                  StandardOpenOption.WRITE);
          out.write(header(cols));
        }
        out.write(line(r, cols));
        out.flush();
      } catch (IOException ex) {
        // The live file is a convenience for watchers; the final file is written whole at the end,
        // where a failure is reported.
        failed = true;
        close();
      }
    }

    void close() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException ignored) {
          // see append
        }
        out = null;
      }
    }
  }

  private static String header(List<String> cols) {
    StringBuilder sb = new StringBuilder("iteration,seconds");
    for (String c : cols) {
      sb.append(',').append(c);
    }
    return sb.append('\n').toString();
  }

  private static String line(IterationRecord r, List<String> cols) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.iteration()).append(',').append(format(r.seconds()));
    for (String c : cols) {
      sb.append(',');
      Double v = r.scalars().get(c);
      if (v != null) {
        sb.append(format(v));
      }
    }
    return sb.append('\n').toString();
  }

  /**
   * Reads a metrics.csv back into rows; the "iteration" column gives each row's iteration, every
   * other column (seconds included) one metric.
   *
   * @param file the file
   * @return the rows (empty for a missing or empty file)
   */
  public static List<MetricRow> read(Path file) {
    List<MetricRow> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        return rows;
      }
      String[] names = header.split(",");
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String[] v = line.split(",", -1);
        try {
          long it = Long.parseLong(v[0]);
          for (int i = 1; i < names.length && i < v.length; i++) {
            if (!v[i].isEmpty()) {
              rows.add(new MetricRow(it, names[i], parse(v[i])));
            }
          }
        } catch (NumberFormatException ex) {
          throw new UserInputException(file + ":" + lineNo + ": not a number in " + line);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + file + ": " + ex, ex);
    }
    return rows;
  }

  private static double parse(String s) {
    switch (s) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(s);
    }
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%.17g", v)
        .replaceFirst("0+(e|$)", "$1")
        .replaceFirst("\\.(e|$)", "$1");
  }
}
