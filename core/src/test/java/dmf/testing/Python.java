package dmf.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the system Python (Debian's /usr/bin/python3, which has numpy, torch and cvxopt). */
public final class Python {
  /** The interpreter the peers in ../shared/peers are meant for. */
  public static final String EXE =
      Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

  /** The peer scripts: $DMF_PEERS, else ../shared/peers beside the checkout. */
  public static final Path PEERS =
      (System.getenv("DMF_PEERS") != null
              ? Path.of(System.getenv("DMF_PEERS"))
              : Shared.path("peers"))
          .toAbsolutePath()
          .normalize();

  private Python() {}

  /**
   * @param module a module name
   * @return whether the interpreter imports it
   */
  public static boolean has(String module) {
    try {
      return run(List.of("-c", "import " + module), 120).exit == 0;
    } catch (IOException ex) {
      return false;
    }
  }

  /**
   * @param scripts peer script names
   * @return whether all of them exist in {@link #PEERS}
   */
  public static boolean hasPeers(String... scripts) {
    for (String s : scripts) {
      if (!Files.isRegularFile(PEERS.resolve(s))) {
        return false;
      }
    }
    return true;
  }

  /** Process outcome. */
  public static final class Result {
    public final int exit;
    public final String out;

    Result(int exit, String out) {
      this.exit = exit;
      this.out = out;
    }
  }

  /**
   * @param args interpreter arguments
   * @param timeoutSeconds limit
   * @return exit code and combined output
   */
  public static Result run(List<String> args, long timeoutSeconds) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(EXE);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("OPENBLAS_NUM_THREADS", "1");
    pb.environment().put("OMP_NUM_THREADS", "1");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timeout: " + cmd);
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException(ex);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** Runs a snippet and fails loudly on a non-zero exit. */
  public static String script(String code) throws IOException {
    Result r = run(List.of("-c", code), 300);
    if (r.exit != 0) {
      throw new IOException("python failed (" + r.exit + "): " + r.out);
    }
    return r.out;
  }
}
