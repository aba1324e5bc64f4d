package dmf.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.store.RunRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunsReportTest {
  static RunRow run(String id, int depth, int obs, String status, String reason) {
    return new RunRow(
        id,
        "s",
        status,
        Map.of("depth", depth, "observations", obs, "repeat", 0L, "seed", (long) depth, "rank", 5),
        Map.of("stop_reason", reason, "iterations", 20000L),
        Map.of(),
        "");
  }

  @Test
  void countsStopReasonsAndNamesTheCellsThatDidNotConverge() {
    List<RunRow> runs =
        List.of(
            run("a", 2, 1000, RunRow.COMPLETED, "converged"),
            run("b", 3, 1000, RunRow.COMPLETED, "max_iters"),
            run("c", 2, 2000, RunRow.COMPLETED, "converged"),
            run("d", 4, 2000, RunRow.FAILED, "failed"));
    assertEquals(Map.of("converged", 2, "max_iters", 1, "failed", 1), RunsReport.counts(runs));
    assertEquals(
        List.of(
            "depth 3, observations 1000 (repeat 0): max_iters after 20000 iterations",
            "depth 4, observations 2000 (repeat 0): failed after 20000 iterations"),
        RunsReport.unconverged(runs));
    String md = RunsReport.markdown(runs);
    assertTrue(md.contains("| max_iters | 1 |"), md);
  }
}
