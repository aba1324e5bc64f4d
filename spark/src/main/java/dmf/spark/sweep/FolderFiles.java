package dmf.spark.sweep;

import dmf.io.AtomicFiles;
import dmf.io.store.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A run folder's files as bytes by relative path: read on an executor, written on the driver. */
final class FolderFiles {
  private FolderFiles() {}

  /**
   * @param dir a run folder
   * @return every regular file under it by relative path ('/'-separated), summary.json last
   */
  static Map<String, byte[]> read(Path dir) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] summary = null;
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> paths = s.filter(Files::isRegularFile).sorted().toList();
      for (Path p : paths) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (rel.equals(RunFolder.SUMMARY)) {
          summary = Files.readAllBytes(p);
        } else {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read run folder " + dir + ": " + ex, ex);
    }
    if (summary != null) {
      files.put(RunFolder.SUMMARY, summary);
    }
    return files;
  }

  /**
   * Replaces a run folder by the given files: summary.json goes first (so the folder reads as
   * incomplete while it changes), then whatever an earlier attempt left; the files are written
   * whole in the given order, summary.json last.
   *
   * @param dir the run folder
   * @param files bytes by relative path, as {@link #read} gives them
   */
  static void write(Path dir, Map<String, byte[]> files) {
    AtomicFiles.deleteIfExists(dir.resolve(RunFolder.SUMMARY));
    delete(dir);
    Path root = dir.toAbsolutePath().normalize();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path target = root.resolve(e.getKey()).normalize();
      if (!target.startsWith(root)) {
        throw new IllegalArgumentException("file " + e.getKey() + " lies outside its run folder");
      }
      AtomicFiles.createDirectories(target.getParent());
      byte[] bytes = e.getValue();
      AtomicFiles.write(target, out -> out.write(bytes));
    }
  }

  /**
   * Deletes a folder and everything in it, if it exists.
   *
   * @param dir the folder
   */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(s.sorted(Comparator.reverseOrder()).toList());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + ex, ex);
    }
  }
}
