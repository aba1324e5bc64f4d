package dmf.cli;

import dmf.base.UserInputException;
import dmf.bench.FlowCheck;
import dmf.optim.OptimizerKind;
import dmf.problem.SolveProgress;
import dmf.settings.Choice;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf flow-check}: the adaptive flow solver against small-step gradient descent. */
@Command(name = "flow-check", sortOptions = false)
final class FlowCheckCommand implements Callable<Integer> {
  @Option(names = "--depths", split = ",", defaultValue = "2,3,4")
  List<Integer> depths;

  @Option(names = "--gd-lr", defaultValue = "1e-2")
  double gdLr;

  @Option(names = "--gd-time-limit", defaultValue = "1800")
  double gdTimeLimit;

  @Option(names = "--seed", defaultValue = "0")
  long seed;

  @Option(names = "--kind", defaultValue = "completion")
  String kind;

  @Option(names = "--observations", defaultValue = "2000")
  int observations;

  @Option(names = "--flow", defaultValue = "flow")
  String flowOptimizer;

  @Option(names = "--flow-rtol", defaultValue = "1e-4")
  double flowRtol;

  @Option(names = "--out")
  Path out;

  @Override
  public Integer call() {
    if (!kind.equals("completion") && !kind.equals("sensing")) {
      throw new UserInputException("--kind must be completion or sensing, got '" + kind + "'");
    }
    OptimizerKind flow = Choice.parse(OptimizerKind.class, flowOptimizer, "--flow");
    FlowCheck check =
        new FlowCheck(
            depths, gdLr, gdTimeLimit, seed, kind.equals("sensing"), observations, flow, flowRtol);
    StatusLine status = new StatusLine();
    List<FlowCheck.Row> rows =
        check.run(
            label -> new SolveProgress(status, label, 1e-6),
            text -> {
              status.finish();
              System.out.println(text);
            });
    if (out != null) {
      check.writeJson(rows, out);
    }
    return 0;
  }
}
