package dmf.io.store;

import dmf.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A claim on one run of a sweep folder, so that several sweeps working on the same folder at once
 * (processes, or threads of one process) execute each run once: whoever holds the claim decides
 * whether the run is done, and executes it if not.
 *
 * <p>A claim is an operating-system lock on the file {@code .claim} in the run's folder, released
 * when the claim is closed or the process ends in any way (kill -9 included), so the claim of a
 * dead process is free again at once: nothing stale needs cleaning up. The file says who holds it
 * (process id, host and start time) for messages; it is never deleted, since deleting a lock file
 * that another process has open would let two processes lock two different files.
 */
public final class RunClaim implements AutoCloseable {
  /** The claim file's name inside a run folder. */
  public static final String FILE = ".claim";

  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
  private static final String ME = describeThisProcess();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private RunClaim(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Claims a run unless someone else holds it.
   *
   * @param runFolder the run's folder (created if needed)
   * @return the claim, or empty when another process or thread holds it
   * @throws UncheckedIOException naming the file when it cannot be created or locked
   */
  public static Optional<RunClaim> tryClaim(Path runFolder) {
    AtomicFiles.createDirectories(runFolder);
    Path file = runFolder.resolve(FILE).toAbsolutePath().normalize();
    if (!HELD_HERE.add(file)) {
      return Optional.empty();
    }
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = ch.tryLock();
      if (lock == null) {
        ch.close();
        HELD_HERE.remove(file);
        return Optional.empty();
      }
      byte[] who = (ME + ", claimed " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(who), 0);
      return Optional.of(new RunClaim(file, ch, lock));
    } catch (IOException | OverlappingFileLockException e) {
      closeQuietly(ch);
      HELD_HERE.remove(file);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(
            "cannot claim run " + runFolder + ": " + AtomicFiles.reason(io), io);
      }
      return Optional.empty();
    }
  }

  /**
   * @param runFolder a run's folder
   * @return who holds or last held its claim ("pid 123 on host h, claimed 2026-…"), or "another
   *     sweep"
   */
  public static String holder(Path runFolder) {
    try {
      String s = Files.readString(runFolder.resolve(FILE), StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? "another sweep" : s;
    } catch (IOException e) {
      return "another sweep";
    }
  }

  /** Releases the claim. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // Closing the channel releases the lock in any case.
      closeQuietly(channel);
    } finally {
      HELD_HERE.remove(file);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // Nothing more to release.
      }
    }
  }

  /** The process id and host name, read without a name lookup (which may hang on a bad DNS). */
  private static String describeThisProcess() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
      } catch (IOException | UnsupportedOperationException e) {
        host = "this host";
      }
    }
    return "pid " + ProcessHandle.current().pid() + " on host " + host;
  }
}
