// dmf in JShell: depth 2 against depth 3 on rank-5 100x100 completion from 2000 entries.
// Run from the repository root after `./dmf info` has built the jar:
//   jshell --class-path core/target/dmf.jar examples/Quickstart.jsh
import dmf.api.*;
import dmf.problem.*;
import java.util.*;

var problem = Dmf.problem("completion",
    Map.of("rows", 100, "cols", 100, "rank", 5, "observations", 2000, "problem_seed", 0));

// The adaptive gradient flow (optimizer "flow") reaches the small-step limit in few evaluations.
var errors = new LinkedHashMap<Integer, Double>();
for (int depth : new int[] {2, 3}) {
  var result = Dmf.train(problem,
      Map.of("depth", depth, "optimizer", "flow", "max_iters", 20000, "log_every", 1000000),
      Observers.NONE);
  errors.put(depth, result.last().get("test_error"));
  System.out.printf("depth %d: %s after %d steps, test error %.3e, effective rank %.2f%n",
      depth, result.stopReason(), result.iterations(), result.last().get("test_error"),
      result.last().get("effective_rank"));
}
System.out.printf("depth 3 beats depth 2 by %.0fx%n", errors.get(2) / errors.get(3));
/exit
