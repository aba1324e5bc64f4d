package dmf.paper.arora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Claim;
import dmf.paper.Curve;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts are computed from the stored numbers: change the numbers and the verdict follows. */
class ReproductionClaimsTest {
  static RunRow run(String solver, int depth, int obs, double err, int repeat) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("solver", solver);
    s.put("rank", 5);
    s.put("observations", obs);
    if (solver.equals("dmf")) {
      s.put("depth", depth);
      s.put("init_scale", 1e-3);
    }
    s.put("repeat", repeat);
    Map<String, Object> sum = new LinkedHashMap<>();
    sum.put("test_error", err);
    return new RunRow(
        solver + depth + obs + "r" + repeat, "fig1", RunRow.COMPLETED, s, sum, Map.of(), "");
  }

  static List<RunRow> data(double d2, double d3, double d4, double nn) {
    List<RunRow> rows = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      rows.add(run("dmf", 2, 2000, d2 * (1 + 0.1 * r), r));
      rows.add(run("dmf", 3, 2000, d3 * (1 + 0.1 * r), r));
      rows.add(run("dmf", 4, 2000, d4, r));
      rows.add(run("nuclear", 0, 2000, nn, r));
    }
    return rows;
  }

  static Map<String, String> verdicts(List<RunRow> rows) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Claim c : new CompletionFigures("fig1", false, false).claims(rows, id -> List.of())) {
      out.put(c.statement(), c.verdict());
    }
    return out;
  }

  @Test
  void verdictsFollowTheData() {
    Map<String, String> good = verdicts(data(5e-2, 3e-5, 4e-5, 6e-2));
    assertEquals("holds", good.get("depth 3 beats depth 2 at 2000 observations (rank 5)"));
    assertEquals("holds", good.get("depth 4 beats depth 2 at 2000 observations (rank 5)"));
    assertEquals(
        "holds",
        good.get("depth 2 rivals minimum nuclear norm at 2000 observations (rank 5) (within 10x)"));
    Map<String, String> bad = verdicts(data(3e-5, 5e-2, 4e-5, 6e-4));
    assertEquals("fails", bad.get("depth 3 beats depth 2 at 2000 observations (rank 5)"));
    assertEquals(
        "fails",
        bad.get("depth 2 rivals minimum nuclear norm at 2000 observations (rank 5) (within 10x)"));
  }

  @Test
  void averagesRepeatsWithStd() {
    List<Curve> c =
        Aggregates.curves(
            data(1.0, 2.0, 3.0, 4.0),
            r -> true,
            CompletionFigures::label,
            "observations",
            "test_error");
    Curve d2 = Aggregates.find(c, "depth 2").orElseThrow();
    assertEquals(1.05, d2.mean()[0], 1e-12);
    assertEquals(Math.sqrt(0.005), d2.std()[0], 1e-12);
    assertEquals(2, d2.count()[0]);
  }
}
