package dmf.cli;

import dmf.bench.FlowCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf flow-check}: the adaptive flow solver against small-step gradient descent. */
@Command(
    name = "flow-check",
    sortOptions = false,
    description = "Check that the adaptive flow solver lands where small-step GD lands.")
final class FlowCheckCommand implements Callable<Integer> {
  @Option(
      names = "--depths",
      split = ",",
      defaultValue = "2,3,4",
      description = "depths (default ${DEFAULT-VALUE})")
  List<Integer> depths;

  @Option(
      names = "--gd-lr",
      defaultValue = "1e-2",
      description = "gradient-descent learning rate (default ${DEFAULT-VALUE})")
  double gdLr;

  @Option(
      names = "--gd-time-limit",
      defaultValue = "1800",
      description = "seconds per GD run (default ${DEFAULT-VALUE})")
  double gdTimeLimit;

  @Option(names = "--seed", defaultValue = "0", description = "instance seed")
  long seed;

  @Option(names = "--out", description = "also write flow-check.json into this folder")
  Path out;

  @Override
  public Integer call() {
    FlowCheck check = new FlowCheck(depths, gdLr, gdTimeLimit, seed);
    Progress[] last = {null};
    List<FlowCheck.Row> rows =
        check.run(
            label -> last[0] = new Progress(System.err, label, 1e-6),
            text -> {
              if (last[0] != null) {
                last[0].finish();
              }
              System.out.println(text);
            });
    if (out != null) {
      check.writeJson(rows, out);
    }
    return 0;
  }
}
