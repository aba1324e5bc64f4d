// dmf from a Java program: train a depth-3 factorization, watch its singular values as it learns,
// and write the run folder through the same run path as `dmf train`.
// Run from the repository root after `./dmf info` has built the jar:
//   java -cp core/target/dmf.jar examples/TrainAndWatch.java [OUT_DIR]
import dmf.api.Dmf;
import dmf.api.Observers;
import dmf.experiment.RunOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

public class TrainAndWatch {
  public static void main(String[] args) throws Exception {
    Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dmf-example");
    Map<String, Object> run =
        Map.of(
            "kind", "completion", "rows", 100, "cols", 100, "rank", 5, "observations", 2000,
            "solver", "dmf", "depth", 3, "optimizer", "flow", "log_every", 50);
    RunOutcome o =
        Dmf.run(
            run,
            out,
            Observers.onRecord(
                r -> {
                  double[] top = Arrays.copyOf(r.singularValues(), 6);
                  System.out.printf(
                      "step %5d  loss %.2e  sigma_1..6 %s%n",
                      r.iteration(), r.get("train_loss"), Arrays.toString(round(top)));
                }));
    System.out.println("stop reason: " + o.summary().get("stop_reason"));
    System.out.println("test error: " + o.summary().get("test_error"));
    System.out.println("run folder: " + o.folder());
  }

  static double[] round(double[] v) {
    return Arrays.stream(v).map(x -> Math.round(x * 100) / 100.0).toArray();
  }
}
