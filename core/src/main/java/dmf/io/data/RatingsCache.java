package dmf.io.data;

import dmf.base.ProgressListener;
import dmf.io.AtomicFiles;
import dmf.io.Json;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A binary cache of parsed ratings files, so that the second load of a large file reads arrays
 * instead of text. One folder per source file under a cache root: {@code users.npy}, {@code
 * items.npy} (int32 dense indices), {@code ratings.npy} (float32), {@code timestamps.npy} (int64,
 * when the file has them), {@code user_ids} and {@code item_ids} ({@code .npy} int64 for integer
 * ids, {@code .txt} UTF-8 one per line for text ids) and {@code meta.json}. The entry is valid
 * while the source's size, modification time, layout and reading rules are those recorded;
 * otherwise the file is read again and the entry replaced. Entries are written whole (a temporary
 * folder renamed into place).
 */
public final class RatingsCache {
  /** With {@link Mode#AUTO}, files at least this large are cached. */
  public static final long AUTO_MIN_BYTES = 16L << 20;

  private static final int VERSION = 1;

  /** When to use the cache. */
  public enum Mode {
    /** For files of at least {@link #AUTO_MIN_BYTES}. */
    AUTO,
    /** Always. */
    ON,
    /** Never. */
    OFF
  }

  private RatingsCache() {}

  /**
   * @return {@code $DMF_CACHE/ratings}, else {@code $XDG_CACHE_HOME/dmf/ratings}, else {@code
   *     ~/.cache/dmf/ratings}
   */
  public static Path defaultRoot() {
    String dmf = System.getenv("DMF_CACHE");
    if (dmf != null && !dmf.isBlank()) {
      return Path.of(dmf, "ratings");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("dmf").resolve("ratings");
  }

  /**
   * Loads a ratings file through the cache.
   *
   * @param file the ratings file
   * @param format its layout
   * @param rules bad lines and declared range
   * @param mode when to use the cache
   * @param root the cache root (see {@link #defaultRoot})
   * @param listener progress
   * @return the table, equal to what {@link Ratings#read} returns
   */
  public static RatingsTable load(
      Path file,
      RatingsFormat format,
      ReadRules rules,
      Mode mode,
      Path root,
      ProgressListener listener) {
    Map<String, Object> key = key(file, format, rules);
    boolean use =
        mode == Mode.ON
            || mode == Mode.AUTO
                && key != null
                && ((Number) key.get("size")).longValue() >= AUTO_MIN_BYTES;
    if (!use || key == null) {
      return Ratings.read(file, format, rules, listener);
    }
    Path dir = folder(root, file);
    RatingsTable cached = readEntry(dir, file, key, listener);
    if (cached != null) {
      return cached;
    }
    RatingsTable t = Ratings.read(file, format, rules, listener);
    try {
      writeEntry(dir, t, key);
    } catch (UncheckedIOException | IOException ex) {
      // The cache is an optimization: a read-only or full cache folder must not fail the load.
    }
    return t;
  }

  /**
   * @param root the cache root
   * @param file a ratings file
   * @return the folder of its entry
   */
  public static Path folder(Path root, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    String name = abs.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    return root.resolve(name + "-" + Long.toHexString(fnv(abs.toString())));
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h >>> 1;
  }

  private static Map<String, Object> key(Path file, RatingsFormat format, ReadRules rules) {
    try {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("version", VERSION);
      k.put("source", file.toAbsolutePath().normalize().toString());
      k.put("size", Files.size(file));
      k.put("mtime_ms", Files.getLastModifiedTime(file).toMillis());
      k.put("format", format.describe());
      k.put(
          "rules",
          String.format(Locale.ROOT, "skip=%s range=%s", rules.skipBadLines(), rules.rangeText()));
      return k;
    } catch (IOException ex) {
      return null; // the reader names the problem
    }
  }

  private static RatingsTable readEntry(
      Path dir, Path file, Map<String, Object> key, ProgressListener listener) {
    Path metaFile = dir.resolve("meta.json");
    if (!Files.isRegularFile(metaFile)) {
      return null;
    }
    try {
      long t0 = System.nanoTime();
      Map<String, Object> meta = Json.readObject(metaFile);
      for (Map.Entry<String, Object> e : key.entrySet()) {
        if (!Objects.equals(String.valueOf(meta.get(e.getKey())), String.valueOf(e.getValue()))) {
          return null;
        }
      }
      String stage = "reading cache of " + file.getFileName();
      listener.onProgress(stage, 0, 5, 0);
      int n = Math.toIntExact(((Number) meta.get("ratings")).longValue());
      int[] u = NpyColumns.ints(dir.resolve("users.npy"), n);
      int[] i = NpyColumns.ints(dir.resolve("items.npy"), n);
      listener.onProgress(stage, 2, 5, (System.nanoTime() - t0) * 1e-9);
      float[] r = NpyColumns.floats(dir.resolve("ratings.npy"), n);
      Path tf = dir.resolve("timestamps.npy");
      long[] t = Files.exists(tf) ? NpyColumns.longs(tf, n) : null;
      listener.onProgress(stage, 4, 5, (System.nanoTime() - t0) * 1e-9);
      IdIndex users = ids(dir, "user_ids");
      IdIndex items = ids(dir, "item_ids");
      ReadCounts counts =
          new ReadCounts(
              ((Number) meta.get("lines")).longValue(),
              ((Number) meta.get("skipped")).longValue(),
              (String) meta.get("first_skipped"),
              ((Number) meta.get("duplicates")).longValue(),
              (String) meta.get("first_duplicate"));
      listener.onProgress(stage, 5, 5, (System.nanoTime() - t0) * 1e-9);
      return new RatingsTable(file, users, items, u, i, r, t, counts);
    } catch (RuntimeException | IOException ex) {
      return null; // a damaged entry is rebuilt from the source
    }
  }

  /**
   * Reads an id map written by {@link #writeIds}.
   *
   * @param dir the folder
   * @param name {@code user_ids} or {@code item_ids}
   * @return the ids
   * @throws IOException if neither file can be read
   */
  public static IdIndex ids(Path dir, String name) throws IOException {
    Path npy = dir.resolve(name + ".npy");
    if (Files.exists(npy)) {
      NpyArray a = Npy.read(npy);
      return IdIndex.ofNumbers(a.longs());
    }
    List<String> lines = Files.readAllLines(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
    return IdIndex.ofTexts(lines.toArray(String[]::new));
  }

  /**
   * Writes an id map: {@code NAME.npy} (int64) for integer ids, else {@code NAME.txt}.
   *
   * @param dir the folder
   * @param name e.g. {@code user_ids}
   * @param ids the ids
   */
  public static void writeIds(Path dir, String name, IdIndex ids) {
    if (ids.isNumeric()) {
      long[] v = ids.numbers();
      Npy.writeInt64(dir.resolve(name + ".npy"), new long[] {v.length}, v);
    } else {
      StringBuilder sb = new StringBuilder();
      for (String s : ids.texts()) {
        sb.append(s).append('\n');
      }
      AtomicFiles.writeString(dir.resolve(name + ".txt"), sb.toString());
    }
  }

  private static void writeEntry(Path dir, RatingsTable t, Map<String, Object> key)
      throws IOException {
    Files.createDirectories(dir.getParent());
    Path tmp =
        dir.resolveSibling(
            "."
                + dir.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                + ".tmp");
    try {
      Files.createDirectories(tmp);
      long n = t.size();
      Npy.writeInt32(tmp.resolve("users.npy"), new long[] {n}, t.users());
      Npy.writeInt32(tmp.resolve("items.npy"), new long[] {n}, t.items());
      Npy.writeFloat32(tmp.resolve("ratings.npy"), new long[] {n}, t.ratings());
      if (t.timestamps() != null) {
        Npy.writeInt64(tmp.resolve("timestamps.npy"), new long[] {n}, t.timestamps());
      }
      writeIds(tmp, "user_ids", t.userIds());
      writeIds(tmp, "item_ids", t.itemIds());
      Map<String, Object> meta = new LinkedHashMap<>(key);
      ReadCounts c = t.counts();
      meta.put("ratings", n);
      meta.put("lines", c.lines());
      meta.put("skipped", c.skipped());
      meta.put("first_skipped", c.firstSkipped());
      meta.put("duplicates", c.duplicates());
      meta.put("first_duplicate", c.firstDuplicate());
      Json.write(tmp.resolve("meta.json"), meta);
      deleteTree(dir);
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(tmp, dir);
      }
      tmp = null;
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
