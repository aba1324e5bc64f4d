package dmf.io;

import dmf.base.UserInputException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes whole files atomically: readers see either the old file or the complete new one, never a
 * partial write.
 *
 * <p>The content goes to a hidden temporary file ({@code .NAME.RANDOM.tmp}) in the target's
 * directory, which is then renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}. If
 * anything fails the temporary file is deleted and an existing target is left untouched.
 */
public final class AtomicFiles {
  private static final int BUFFER_BYTES = 1 << 16;
  private static final int MAX_NAME_ATTEMPTS = 100;

  private AtomicFiles() {}

  /**
   * An action on a value that may throw {@link IOException}.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface IoConsumer<T> {
    /**
     * Performs the action.
     *
     * @param value the value to act on
     * @throws IOException if the action fails
     */
    void accept(T value) throws IOException;
  }

  /**
   * Atomically replaces {@code target} with the bytes {@code body} writes, creating parent
   * directories as needed.
   *
   * @param target the file to create or replace
   * @param body writes the whole content to the (buffered) stream it is given
   * @throws UncheckedIOException naming {@code target} if writing or renaming fails; unchecked
   *     exceptions thrown by {@code body} propagate unchanged. In both cases nothing is left
   *     behind.
   */
  public static void write(Path target, IoConsumer<OutputStream> body) {
    Path absolute = target.toAbsolutePath();
    Path temp = null;
    try {
      Path dir = absolute.getParent();
      Files.createDirectories(dir);
      temp = createTemp(dir, absolute.getFileName().toString());
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(temp, StandardOpenOption.WRITE), BUFFER_BYTES)) {
        body.accept(out);
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /**
   * Atomically replaces {@code target} with the UTF-8 text {@code body} writes.
   *
   * @param target the file to create or replace
   * @param body writes the whole content to the (buffered) writer it is given
   * @throws UncheckedIOException naming {@code target} if writing or renaming fails
   */
  public static void writeText(Path target, IoConsumer<Writer> body) {
    write(
        target,
        out -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          body.accept(w);
          w.flush();
        });
  }

  /**
   * Atomically replaces {@code target} with {@code text} encoded as UTF-8.
   *
   * @param target the file to create or replace
   * @param text the whole content
   * @throws UncheckedIOException naming {@code target} if writing fails
   */
  public static void writeString(Path target, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /**
   * Creates a folder and its parents.
   *
   * @param dir the folder
   * @throws UserInputException naming {@code dir} if a file is in the way or the place is not
   *     writable (the user's choice of place)
   * @throws UncheckedIOException naming {@code dir} for other failures, e.g. a full disk
   */
  public static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException ex) {
      throw new UserInputException(
          dir + ": cannot create folder (" + ex.getFile() + " is a file, not a folder)");
    } catch (AccessDeniedException ex) {
      throw new UserInputException(dir + ": cannot create folder (" + reason(ex) + ")");
    } catch (IOException ex) {
      String why = reason(ex);
      if (why.startsWith("read-only")) {
        throw new UserInputException(dir + ": cannot create folder (" + why + ")");
      }
      throw new UncheckedIOException("cannot create folder " + dir + ": " + why, ex);
    }
  }

  /**
   * Deletes a file if it exists.
   *
   * @param file the file
   * @throws UncheckedIOException naming {@code file} if it exists and cannot be deleted
   */
  public static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + reason(e), e);
    }
  }

  /**
   * The cause of an I/O failure in a few lower-case words, for one-line messages: "no space left on
   * device", "permission denied", "read-only file system", "no such file or folder", or the
   * system's own words.
   *
   * @param e the failure
   * @return its reason
   */
  public static String reason(IOException e) {
    String r;
    if (e instanceof AccessDeniedException) {
      r = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      r = "no such file or folder";
    } else if (e instanceof FileAlreadyExistsException) {
      r = "already exists";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      r = f.getReason();
    } else {
      r = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return r.isEmpty() ? r : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
  }

  /** Creates a new, empty hidden temp file next to the target, with default permissions. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
      Path temp = dir.resolve("." + name + "." + suffix + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= MAX_NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Best effort: the original failure is what matters to the caller.
    }
  }
}
