package dmf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Memory figures of this process from /proc/self/status (Linux). */
public final class ProcStatus {
  private ProcStatus() {}

  /**
   * @param field e.g. "VmHWM" (peak resident set) or "VmRSS"
   * @return the value in bytes, or empty where /proc is absent
   */
  public static Optional<Long> bytes(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
          return Optional.of(Long.parseLong(parts[0]) * 1024);
        }
      }
    } catch (IOException | NumberFormatException ex) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
