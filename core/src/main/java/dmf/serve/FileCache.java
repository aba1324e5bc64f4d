package dmf.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Parsed files, re-read only when a file changes (another inode, size or modification time). Files
 * of finished runs never change, so a page that lists hundreds of runs reads each file once.
 *
 * @param <T> what a file parses to
 */
final class FileCache<T> {
  private record Stamp(Object key, long size, long modified) {}

  private record Entry<T>(List<Stamp> stamps, T value) {}

  private static final Stamp ABSENT = new Stamp("", -1, -1);

  private final Function<Path, T> parse;
  private final Map<Path, Entry<T>> entries;

  /**
   * @param parse reads a file; a {@link RuntimeException} it throws makes the file count as absent
   * @param capacity how many files to keep (least recently used ones are dropped)
   */
  FileCache(Function<Path, T> parse, int capacity) {
    this.parse = parse;
    this.entries =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<Path, Entry<T>> eldest) {
                return size() > capacity;
              }
            });
  }

  /**
   * @param file a file
   * @param companions files whose changes also make {@code file} be read again (e.g. a database's
   *     write-ahead log); they need not exist
   * @return its parsed content, or null when it does not exist or cannot be parsed
   */
  T get(Path file, Path... companions) {
    Stamp stamp = stamp(file);
    if (stamp == null) {
      entries.remove(file);
      return null;
    }
    List<Stamp> stamps = new ArrayList<>();
    stamps.add(stamp);
    for (Path c : companions) {
      stamps.add(Objects.requireNonNullElse(stamp(c), ABSENT));
    }
    Entry<T> e = entries.get(file);
    if (e != null && e.stamps().equals(stamps)) {
      return e.value();
    }
    T value;
    try {
      value = parse.apply(file);
    } catch (RuntimeException ex) {
      value = null;
    }
    entries.put(file, new Entry<>(stamps, value));
    return value;
  }

  /**
   * @param file a file
   * @return a value that changes whenever the file is replaced, grows, shrinks or is written; null
   *     when it is not a regular file
   */
  static Object stampOf(Path file) {
    return stamp(file);
  }

  private static Stamp stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return null;
      }
      return new Stamp(
          Objects.requireNonNullElse(a.fileKey(), ""), a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null;
    }
  }
}
