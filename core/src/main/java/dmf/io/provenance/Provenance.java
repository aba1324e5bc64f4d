package dmf.io.provenance;

import dmf.linalg.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Where a result came from: seed, dmf version, git commit (when known), JDK, OS, BLAS backend and
 * start/end time. Written as provenance.json in every result folder.
 */
public final class Provenance {
  private static volatile String commit;

  private Provenance() {}

  /**
   * @return the dmf version baked in at build time, or "unknown"
   */
  public static String version() {
    try (InputStream in = Provenance.class.getResourceAsStream("/dmf/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException ex) {
      return "unknown";
    }
  }

  /**
   * The git commit of the checkout that holds the running code, with "-dirty" when the tree has
   * changes; {@code DMF_COMMIT} overrides; "unknown" when there is no git or no repository.
   *
   * @return the commit
   */
  public static String commit() {
    String c = commit;
    if (c == null) {
      c = System.getenv("DMF_COMMIT");
      if (c == null || c.isBlank()) {
        c = lookUpCommit();
      }
      commit = c;
    }
    return c;
  }

  private static String lookUpCommit() {
    try {
      Path code =
          Path.of(Provenance.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = Files.isDirectory(code) ? code : code.getParent();
      String head = git(dir, "rev-parse", "HEAD");
      if (head == null || head.isEmpty()) {
        return "unknown";
      }
      String status = git(dir, "status", "--porcelain", "--untracked-files=no");
      return status != null && !status.isEmpty() ? head + "-dirty" : head;
    } catch (URISyntaxException | RuntimeException ex) {
      return "unknown";
    }
  }

  private static String git(Path dir, String... args) {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "git";
    cmd[1] = "-C";
    cmd[2] = dir.toString();
    System.arraycopy(args, 0, cmd, 3, args.length);
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8).trim();
    } catch (IOException ex) {
      return null;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * @return what {@code dmf info} says: version and commit, BLAS backend, JDK, OS and cores
   */
  public static List<String> summary() {
    Instant now = Instant.now();
    Map<String, Object> p = of(0, now, now);
    return List.of(
        "dmf " + p.get("dmf_version") + " (commit " + p.get("git_commit") + ")",
        "backend: " + p.get("blas_backend"),
        "jdk:     " + p.get("jdk"),
        "os:      " + p.get("os") + ", " + p.get("cpus") + " cpus");
  }

  /**
   * @return "dmf VERSION, commit COMMIT, BACKEND": the line reports end with
   */
  public static String line() {
    return "dmf " + version() + ", commit " + commit() + ", " + Backend.get().description();
  }

  /**
   * @param seed the run's root seed
   * @param start when the run started
   * @param end when it ended
   * @return the provenance record as an ordered map
   */
  public static Map<String, Object> of(long seed, Instant start, Instant end) {
    return of(seed, null, start, end);
  }

  /**
   * @param seed the seed the solver drew from, or null when it draws nothing at random
   * @param problemSeed the seed of a synthetic problem, or null when the problem came from disk
   * @param start when the run started
   * @param end when it ended, or null while it runs
   * @return the provenance record as an ordered map
   */
  public static Map<String, Object> of(Long seed, Long problemSeed, Instant start, Instant end) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (seed != null) {
      m.put("seed", seed);
    }
    if (problemSeed != null) {
      m.put("problem_seed", problemSeed);
    }
    m.put("dmf_version", version());
    m.put("git_commit", commit());
    m.put(
        "jdk",
        System.getProperty("java.vendor")
            + " "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")");
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    m.put("blas_backend", Backend.get().description());
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put("start_time", start.toString());
    if (end != null) {
      m.put("end_time", end.toString());
    }
    return m;
  }
}
