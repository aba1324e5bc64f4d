package dmf.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line run in a child JVM: real exit codes, real stderr, a real process to kill. */
public final class Child {
  /** The exit code. */
  public final int exit;

  /** What the process printed to stdout. */
  public final String out;

  /** What the process printed to stderr. */
  public final String err;

  private Child(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts {@code dmf ARGS} in a child JVM with this test's class path.
   *
   * @param logs folder for the child's stdout and stderr files
   * @param name a name for the log files
   * @param args the command line
   * @return the process
   */
  public static Process start(Path logs, String name, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xss8m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dmf.cli.Main");
    cmd.addAll(List.of(args));
    Files.createDirectories(logs);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(logs.resolve(name + ".out").toFile())
            .redirectError(logs.resolve(name + ".err").toFile());
    pb.environment().put("OPENBLAS_NUM_THREADS", "1");
    return pb.start();
  }

  /**
   * Waits for a started child.
   *
   * @param p the process
   * @param logs its log folder
   * @param name its log name
   * @param seconds how long to wait before killing it and failing
   * @return what it did
   */
  public static Child await(Process p, Path logs, String name, long seconds)
      throws IOException, InterruptedException {
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(name + ": still running after " + seconds + " s");
    }
    return new Child(
        p.exitValue(),
        Files.readString(logs.resolve(name + ".out"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve(name + ".err"), StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code dmf ARGS} in a child JVM to the end.
   *
   * @param logs folder for the child's output files
   * @param name a name for the log files
   * @param args the command line
   * @return what it did (killed and failed after 120 s)
   */
  public static Child run(Path logs, String name, String... args)
      throws IOException, InterruptedException {
    return await(start(logs, name, args), logs, name, 120);
  }
}
