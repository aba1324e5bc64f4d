package dmf.ratings;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** Whole-folder writes: build in a hidden sibling, then rename into place. */
final class Folders {
  private Folders() {}

  /**
   * @param target the folder to write
   * @return a fresh hidden sibling path ({@code .NAME.RANDOM.tmp}), not yet created
   */
  static Path temporarySibling(Path target) {
    String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    return target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp");
  }

  /**
   * Moves a finished folder to {@code target}, replacing what is there: the old folder is renamed
   * aside first and deleted after, so a reader sees the old or the new folder, never a mixture.
   *
   * @param done the finished folder
   * @param target where it goes
   * @throws IOException if a rename fails (the old folder is then put back)
   */
  static void replace(Path done, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = temporarySibling(target);
      move(target, old);
    }
    try {
      move(done, target);
    } catch (IOException ex) {
      if (old != null) {
        move(old, target);
      }
      throw ex;
    }
    if (old != null) {
      deleteQuietly(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException ex) {
      Files.move(from, to);
    }
  }

  /**
   * @param dir a folder
   * @return whether it has no entries
   */
  static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException ex) {
      return false;
    }
  }

  /**
   * Deletes a folder tree, ignoring failures (best effort after an error).
   *
   * @param dir the folder
   */
  static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ex) {
      // Best effort: the original failure is what matters.
    }
  }
}
