package dmf.cli;

import dmf.base.UserInputException;
import dmf.bench.FlowCheck;
import dmf.optim.OptimizerKind;
import dmf.settings.Choice;
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

  @Option(
      names = "--kind",
      defaultValue = "completion",
      description = "completion or sensing (default ${DEFAULT-VALUE})")
  String kind;

  @Option(
      names = "--observations",
      defaultValue = "2000",
      description = "observed entries or measurements (default ${DEFAULT-VALUE})")
  int observations;

  @Option(
      names = "--flow",
      defaultValue = "flow",
      description = "flow or flow-stiff (default ${DEFAULT-VALUE})")
  String flowOptimizer;

  @Option(
      names = "--flow-rtol",
      defaultValue = "1e-4",
      description = "flow relative tolerance (default ${DEFAULT-VALUE})")
  double flowRtol;

  @Option(names = "--out", description = "also write flow-check.json into this folder")
  Path out;

  @Override
  public Integer call() {
    if (!kind.equals("completion") && !kind.equals("sensing")) {
      throw new UserInputException("--kind must be completion or sensing, got '" + kind + "'");
    }
    FlowCheck check =
        new FlowCheck(
            depths,
            gdLr,
            gdTimeLimit,
            seed,
            kind.equals("sensing"),
            observations,
            Choice.parse(OptimizerKind.class, flowOptimizer, "--flow"),
            flowRtol);
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
