package dmf.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dmf demo}: the paper's headline in well under three minutes — {@code dmf reproduce fig1
 * --quick}: rank-5 100×100 completion by depths 2, 3 and 4 (and minimum nuclear norm) against the
 * number of observed entries, with the figure and a report that checks the claims.
 */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "results/demo")
  Path out;

  @Override
  public Integer call() {
    ReproduceCommand r = new ReproduceCommand();
    r.name = "fig1";
    r.quick = true;
    r.out = out;
    return r.call();
  }
}
