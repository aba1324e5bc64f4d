package dmf.cli;

import dmf.io.provenance.Provenance;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code dmf info}: version, JDK, OS and the BLAS backend in use. */
@Command(name = "info")
final class InfoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    Instant now = Instant.now();
    Map<String, Object> p = Provenance.of(0, now, now);
    System.out.println("dmf " + p.get("dmf_version") + " (commit " + p.get("git_commit") + ")");
    System.out.println("backend: " + p.get("blas_backend"));
    System.out.println("jdk:     " + p.get("jdk"));
    System.out.println("os:      " + p.get("os") + ", " + p.get("cpus") + " cpus");
    return 0;
  }
}
