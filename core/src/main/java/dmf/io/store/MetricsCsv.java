package dmf.io.store;

import dmf.io.AtomicFiles;
import dmf.problem.IterationRecord;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    AtomicFiles.write(
        file,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write("iteration,seconds");
          for (String c : cols) {
            w.write(',');
            w.write(c);
          }
          w.write('\n');
          for (IterationRecord r : records) {
            w.write(Long.toString(r.iteration()));
            w.write(',');
            w.write(format(r.seconds()));
            for (String c : cols) {
              w.write(',');
              Double v = r.scalars().get(c);
              if (v != null) {
                w.write(format(v));
              }
            }
            w.write('\n');
          }
          w.flush();
        });
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
