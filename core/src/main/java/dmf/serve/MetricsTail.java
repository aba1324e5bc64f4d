package dmf.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a metrics.csv that may be growing: the header line, then whole lines only (a line without
 * its newline is left for the next read). A file replaced by another one (a new inode, or shorter
 * than what was read) is noticed, so that its reader can start again.
 */
final class MetricsTail {
  private final Path file;
  private Object fileKey;
  private long offset;
  private List<String> columns;

  /**
   * @param file the metrics.csv (need not exist yet)
   */
  MetricsTail(Path file) {
    this.file = file;
  }

  /**
   * Reads the whole file.
   *
   * @param file a metrics.csv
   * @return its complete rows; empty when it does not exist or has no header yet
   */
  static MetricsChunk readAll(Path file) {
    MetricsTail t = new MetricsTail(file);
    MetricsChunk c = t.poll();
    return c == null ? new MetricsChunk(List.of(), List.of()) : c;
  }

  /**
   * Skips to the end of what is written now: later polls return only rows written after this.
   *
   * @return this
   */
  MetricsTail skipToEnd() {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      String header = header(ch);
      if (header == null) {
        return this;
      }
      // Back from the end to the last newline: what follows it is a line still being written.
      long end = size;
      boolean found = false;
      while (end > 0 && !found) {
        int n = (int) Math.min(1 << 16, end);
        ByteBuffer block = ByteBuffer.allocate(n);
        ch.read(block, end - n);
        int i = block.position() - 1;
        while (i >= 0 && block.get(i) != '\n') {
          i--;
        }
        found = i >= 0;
        end = found ? end - n + i + 1 : end - n;
      }
      fileKey = keyOf();
      columns = List.of(header.trim().split(","));
      offset = end;
    } catch (IOException e) {
      // Not there yet: the first poll reads it from the start.
    }
    return this;
  }

  /** The first line, or null while it is not complete. */
  private static String header(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(1 << 16, ch.size()));
    ch.read(buf, 0);
    for (int i = 0; i < buf.position(); i++) {
      if (buf.get(i) == '\n') {
        return new String(buf.array(), 0, i, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /**
   * @return whether the file was replaced since the last poll (its earlier rows may have changed);
   *     the tail then starts again from the beginning
   */
  boolean replaced() {
    Object key = keyOf();
    long size = sizeOf();
    if (columns != null && (size < offset || !Objects.equals(key, fileKey))) {
      fileKey = null;
      offset = 0;
      columns = null;
      return true;
    }
    return false;
  }

  /**
   * Reads the rows completed since the last poll.
   *
   * @return the new rows (possibly none), or null when the file or its header is not there yet
   */
  MetricsChunk poll() {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < offset) {
        return null;
      }
      if (columns == null) {
        fileKey = keyOf();
      }
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size - offset));
      while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) > 0) {
        // read what is there
      }
      byte[] bytes = buf.array();
      int end = buf.position();
      while (end > 0 && bytes[end - 1] != '\n') {
        end--;
      }
      String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
      offset += end;
      List<String> lines = text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
      int from = 0;
      if (columns == null) {
        if (lines.isEmpty()) {
          offset = 0;
          return null;
        }
        columns = List.of(lines.get(0).trim().split(","));
        from = 1;
      }
      List<double[]> rows = new ArrayList<>(lines.size());
      for (int i = from; i < lines.size(); i++) {
        rows.add(parse(lines.get(i)));
      }
      return new MetricsChunk(columns, rows);
    } catch (IOException e) {
      return null;
    }
  }

  private double[] parse(String line) {
    String[] cells = line.trim().split(",", -1);
    double[] row = new double[columns.size()];
    for (int j = 0; j < row.length; j++) {
      row[j] = j < cells.length ? number(cells[j]) : Double.NaN;
    }
    return row;
  }

  private static double number(String s) {
    if (s.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      // "nan", "inf", "-inf" and anything else that is not a finite number
      return Double.NaN;
    }
  }

  private Object keyOf() {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private long sizeOf() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
