package dmf.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small tmpfs mounted for a test, to fill a real file system or make it read-only. Mounting needs
 * root (or CAP_SYS_ADMIN); where it is not allowed, {@link #mount} is empty and the test skips.
 */
public final class Tmpfs implements AutoCloseable {
  private final Path dir;

  private Tmpfs(Path dir) {
    this.dir = dir;
  }

  /**
   * @param dir an empty folder to mount on
   * @param size the size, e.g. "1m"
   * @return the mount, or empty when this machine does not allow it
   */
  public static Optional<Tmpfs> mount(Path dir, String size) {
    try {
      Files.createDirectories(dir);
      return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
          ? Optional.of(new Tmpfs(dir))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * @return the mount point
   */
  public Path dir() {
    return dir;
  }

  /**
   * @param size the new size, e.g. "16m" (frees space without touching the files)
   */
  public void resize(String size) {
    remount("size=" + size);
  }

  /** Makes the file system read-only. */
  public void readOnly() {
    remount("ro");
  }

  /**
   * Fills the file system until about {@code keepBytes} are free.
   *
   * @param keepBytes bytes to leave free
   */
  public void fill(long keepBytes) throws IOException {
    long target = Files.getFileStore(dir).getUsableSpace() - keepBytes;
    byte[] chunk = new byte[4096];
    try (OutputStream out = Files.newOutputStream(dir.resolve(".fill"))) {
      for (long n = 0; n + chunk.length <= target; n += chunk.length) {
        out.write(chunk);
      }
    }
  }

  private void remount(String options) {
    if (!run("mount", "-o", "remount," + options, dir.toString())) {
      throw new IllegalStateException("cannot remount " + dir + " with " + options);
    }
  }

  @Override
  public void close() {
    run("umount", "-l", dir.toString());
  }

  private static boolean run(String... command) {
    return Sweeps.succeeds(command);
  }
}
