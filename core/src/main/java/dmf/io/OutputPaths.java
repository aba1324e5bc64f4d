package dmf.io;

import dmf.base.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks output places before any work starts, so that a bad {@code --out} is a one-line error at
 * once and not after a long solve: a folder dmf is about to fill must not be a file or a dmf folder
 * of another kind (an instance, a run, a sweep), and its nearest existing ancestor must be a
 * writable folder; an output file must not be a folder.
 */
public final class OutputPaths {
  /** What a place on disk holds, recognized by the files dmf writes there. */
  public enum Kind {
    /** Nothing there yet. */
    ABSENT("nothing"),
    /** An empty folder. */
    EMPTY("an empty folder"),
    /** A completion instance (rows.npy, cols.npy, values.npy). */
    COMPLETION_INSTANCE("a completion instance"),
    /** A sensing instance (A.npy, y.npy). */
    SENSING_INSTANCE("a sensing instance"),
    /** One run's result folder (config.toml, summary.json). */
    RUN("a run's result folder"),
    /** A sweep folder (results.db, sweep.json, runs/). */
    SWEEP("a sweep folder"),
    /** A file, not a folder. */
    FILE("a file, not a folder"),
    /** A folder holding files dmf did not write. */
    OTHER("a folder of other files");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /**
     * @return what the kind is, for messages ("a sweep folder")
     */
    public String text() {
      return text;
    }
  }

  /** Folder kinds a run's result may go to. */
  public static final Set<Kind> RUN_FOLDER = Set.of(Kind.ABSENT, Kind.EMPTY, Kind.RUN, Kind.OTHER);

  /** Folder kinds a sweep may go to. */
  public static final Set<Kind> SWEEP_FOLDER =
      Set.of(Kind.ABSENT, Kind.EMPTY, Kind.SWEEP, Kind.OTHER);

  private OutputPaths() {}

  /**
   * @param place a path
   * @return what it holds
   */
  public static Kind kindOf(Path place) {
    if (!Files.exists(place)) {
      return Kind.ABSENT;
    }
    if (!Files.isDirectory(place)) {
      return Kind.FILE;
    }
    if (has(place, "rows.npy", "cols.npy", "vals.npy")) {
      return Kind.COMPLETION_INSTANCE;
    }
    if (has(place, "A.npy", "y.npy")) {
      return Kind.SENSING_INSTANCE;
    }
    if (has(place, "results.db", "sweep.json", "runs")) {
      return Kind.SWEEP;
    }
    if (has(place, "config.toml", "summary.json", "metrics.csv")) {
      return Kind.RUN;
    }
    try (Stream<Path> s = Files.list(place)) {
      return s.findAny().isPresent() ? Kind.OTHER : Kind.EMPTY;
    } catch (IOException ex) {
      return Kind.OTHER;
    }
  }

  private static boolean has(Path dir, String... names) {
    return Arrays.stream(names).anyMatch(n -> Files.exists(dir.resolve(n)));
  }

  /**
   * Checks a folder that dmf is about to create or fill.
   *
   * @param dir the folder
   * @param what how the user named it, e.g. "--out" or "sweep folder"
   * @param accepted the kinds it may already be
   * @param purpose what would be written, e.g. "a sensing instance", for the message
   * @throws UserInputException naming the folder when it is empty text, of another kind, or cannot
   *     be written
   */
  public static void requireFolder(Path dir, String what, Set<Kind> accepted, String purpose) {
    if (dir.toString().isBlank()) {
      throw new UserInputException(what + " must name a folder, got ''");
    }
    Kind k = kindOf(dir);
    if (!accepted.contains(k)) {
      throw new UserInputException(
          what
              + " "
              + dir
              + ": holds "
              + k.text()
              + "; writing "
              + purpose
              + " there would mix the two (choose another folder or remove it)");
    }
    requireWritable(k == Kind.ABSENT ? existingAncestor(dir) : dir, dir, what);
  }

  /**
   * Checks a file that dmf is about to create or replace.
   *
   * @param file the file
   * @param what how the user named it, e.g. "--csv"
   * @throws UserInputException naming the file when it is empty text, a folder, or its folder
   *     cannot be written
   */
  public static void requireFile(Path file, String what) {
    if (file.toString().isBlank()) {
      throw new UserInputException(what + " must name a file, got ''");
    }
    if (Files.isDirectory(file)) {
      throw new UserInputException(what + " " + file + ": is a folder, not a file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new UserInputException(what + " " + file + ": is not a regular file");
    }
    Path parent = file.toAbsolutePath().getParent();
    requireWritable(existingAncestor(parent), file, what);
  }

  private static Path existingAncestor(Path p) {
    Path a = p.toAbsolutePath().normalize();
    while (a != null && !Files.exists(a)) {
      a = a.getParent();
    }
    return a;
  }

  private static void requireWritable(Path existing, Path given, String what) {
    if (existing == null) {
      throw new UserInputException(what + " " + given + ": no folder of it exists");
    }
    if (!Files.isDirectory(existing)) {
      throw new UserInputException(
          what + " " + given + ": " + existing + " is a file, not a folder");
    }
    if (!Files.isWritable(existing)) {
      throw new UserInputException(
          what + " " + given + ": cannot write in " + existing + " (" + access(existing) + ")");
    }
  }

  private static String access(Path dir) {
    try {
      return Files.getFileStore(dir).isReadOnly() ? "read-only file system" : "permission denied";
    } catch (IOException ex) {
      return "permission denied";
    }
  }
}
