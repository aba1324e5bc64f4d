package dmf.paper.arora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.io.store.RunRow;
import dmf.paper.Claim;
import dmf.paper.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The claims of Figures 1 and 2 and of the init sweep: verdicts follow the stored numbers, and each
 * margin passes just inside and fails just outside.
 */
class ReproductionClaimsTest {
  static final double IN = 1 - 1e-6;
  static final double OUT = 1 + 1e-6;

  static RunRow run(String solver, int depth, double init, int obs, Map<String, Double> sum) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("solver", solver);
    s.put("rank", 5);
    s.put("observations", obs);
    if (solver.equals("dmf")) {
      s.put("depth", depth);
      s.put("init_scale", init);
    }
    s.put("repeat", 0L);
    String id = solver + depth + init + obs;
    return new RunRow(id, "fig1", RunRow.COMPLETED, s, new LinkedHashMap<>(sum), Map.of(), "");
  }

  static RunRow err(String solver, int depth, int obs, double e) {
    return run(solver, depth, 1e-3, obs, Map.of("test_error", e));
  }

  /** At 2000 observations: depths 2, 3, 4 and nuclear; elsewhere nothing reaches 1e-3. */
  static List<RunRow> at2000(double d2, double d3, double d4, double nn) {
    List<RunRow> rows = new ArrayList<>();
    rows.add(err("dmf", 2, 2000, d2));
    rows.add(err("dmf", 3, 2000, d3));
    rows.add(err("dmf", 4, 2000, d4));
    rows.add(err("nuclear", 0, 2000, nn));
    return rows;
  }

  static Map<String, Verdict> verdicts(String fig, List<RunRow> rows) {
    CompletionFigures f =
        (CompletionFigures)
            CompletionFigures.all().stream().filter(r -> r.name().equals(fig)).findFirst().get();
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Claim c : f.claims(rows, id -> List.of())) {
      out.put(c.statement(), c.verdict());
    }
    return out;
  }

  static final String D3 = "depth 3 beats depth 2 at 2000 observations (rank 5)";
  static final String RIVALS = "depth 2 rivals minimum nuclear norm at 2000 observations (rank 5)";
  static final String REACH =
      "depth 3 reaches error ≤ 1e-3 with no more observations than depth 2 (rank 5)";

  @Test
  void verdictsFollowTheData() {
    Map<String, Verdict> good = verdicts("fig1", at2000(5e-2, 3e-5, 4e-5, 6e-2));
    assertEquals(Verdict.HOLDS, good.get(D3));
    assertEquals(Verdict.HOLDS, good.get("depth 4 beats depth 2 at 2000 observations (rank 5)"));
    assertEquals(Verdict.HOLDS, good.get(RIVALS));
    assertEquals(Verdict.HOLDS, good.get(REACH));
    Map<String, Verdict> bad = verdicts("fig1", at2000(3e-5, 5e-2, 4e-5, 6e-4));
    assertEquals(Verdict.FAILS, bad.get(D3));
    assertEquals(Verdict.FAILS, bad.get(RIVALS));
  }

  @Test
  void beatsMarginIsOneDecade() {
    assertEquals(Verdict.HOLDS, verdicts("fig1", at2000(0.05, 0.005 * IN, 1e-5, 0.05)).get(D3));
    assertEquals(Verdict.FAILS, verdicts("fig1", at2000(0.05, 0.005 * OUT, 1e-5, 0.05)).get(D3));
  }

  @Test
  void rivalsMarginIsAFactorOfTwoEitherWay() {
    assertEquals(Verdict.HOLDS, verdicts("fig1", at2000(0.1 * IN, 1e-5, 1e-5, 0.05)).get(RIVALS));
    assertEquals(Verdict.FAILS, verdicts("fig1", at2000(0.1 * OUT, 1e-5, 1e-5, 0.05)).get(RIVALS));
    assertEquals(
        Verdict.HOLDS, verdicts("fig1", at2000(0.025 * OUT, 1e-5, 1e-5, 0.05)).get(RIVALS));
    assertEquals(Verdict.FAILS, verdicts("fig1", at2000(0.025 * IN, 1e-5, 1e-5, 0.05)).get(RIVALS));
  }

  /** Depth 3 reaches 1e-3 at 2000 observations; depth 2 is at y at 1500 and reaches it by 2000. */
  static List<RunRow> grid(double y) {
    List<RunRow> rows = new ArrayList<>();
    rows.add(err("dmf", 3, 1000, 0.5));
    rows.add(err("dmf", 3, 1500, 0.5));
    rows.add(err("dmf", 3, 2000, 1e-5));
    rows.add(err("dmf", 2, 1000, 0.5));
    rows.add(err("dmf", 2, 1500, y));
    rows.add(err("dmf", 2, 2000, 1e-5));
    return rows;
  }

  @Test
  void reachMarginIsTheLevel1e3() {
    // Depth 2 at the level at 1500 reaches it first: depth 3 needs more observations.
    assertEquals(Verdict.FAILS, verdicts("fig1", grid(1e-3)).get(REACH));
    assertEquals(Verdict.HOLDS, verdicts("fig1", grid(1e-3 * OUT)).get(REACH));
    List<RunRow> never = grid(0.5);
    never.set(2, err("dmf", 3, 2000, 0.1));
    never.set(5, err("dmf", 2, 2000, 0.1));
    assertEquals(Verdict.INCONCLUSIVE, verdicts("fig1", never).get(REACH));
  }

  static final String FEW_RANK =
      "with few observations depth 3 has lower effective rank than the minimum nuclear norm "
          + "solution at 1000 observations (rank 5, the fewest)";
  static final String FEW_NORM =
      "... at the expense of a higher nuclear norm at 1000 observations (rank 5, the fewest)";
  static final String LOWERS =
      "smaller init (std/4) lowers the depth-2 error at 2000 observations (rank 5)";

  static List<RunRow> fig2(double rank3, double norm3, double smallInitError) {
    List<RunRow> rows = new ArrayList<>();
    rows.add(run("dmf", 3, 1e-3, 1000, Map.of("effective_rank", rank3, "nuclear_norm", norm3)));
    rows.add(run("nuclear", 0, 0, 1000, Map.of("effective_rank", 11.0, "nuclear_norm", 200.0)));
    rows.add(err("dmf", 2, 2000, 0.05));
    rows.add(run("dmf", 2, 1e-3 / 16, 2000, Map.of("test_error", smallInitError)));
    return rows;
  }

  @Test
  void separatedMarginIsTenPercent() {
    Map<String, Verdict> in = verdicts("fig2", fig2(10 * IN, 220 * OUT, 0.025 * IN));
    assertEquals(Verdict.HOLDS, in.get(FEW_RANK));
    assertEquals(Verdict.HOLDS, in.get(FEW_NORM));
    Map<String, Verdict> out = verdicts("fig2", fig2(10 * OUT, 220 * IN, 0.025 * OUT));
    assertEquals(Verdict.FAILS, out.get(FEW_RANK));
    assertEquals(Verdict.FAILS, out.get(FEW_NORM));
  }

  @Test
  void lowersMarginIsAFactorOfTwo() {
    assertEquals(Verdict.HOLDS, verdicts("fig2", fig2(5, 300, 0.025 * IN)).get(LOWERS));
    assertEquals(Verdict.FAILS, verdicts("fig2", fig2(5, 300, 0.025 * OUT)).get(LOWERS));
  }

  static Map<String, Verdict> initSweep(double d2small, double d2big, double d3small) {
    List<RunRow> rows = new ArrayList<>();
    double[][] cells = {{2, 1e-6, d2small}, {2, 1e-3, d2big}, {3, 1e-6, d3small}, {3, 1e-3, 1e-5}};
    for (double[] c : cells) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("depth", (int) c[0]);
      s.put("observations", 2000);
      s.put("init_scale", c[1]);
      s.put("optimizer", "flow");
      rows.add(
          new RunRow(
              "r" + c[0] + c[1],
              "init-sweep",
              RunRow.COMPLETED,
              s,
              Map.of("test_error", c[2]),
              Map.of(),
              ""));
    }
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Claim c : new InitSweepFigure().claims(rows, id -> List.of())) {
      out.put(c.statement(), c.verdict());
    }
    return out;
  }

  static final String NOT_HURT =
      "depth 2 at 2000 observations: smaller init does not hurt (init 1e-6 vs 1e-3)";
  static final String SWEEP_BEATS = "depth 3 beats depth 2 at init 1e-6 (2000 observations)";

  @Test
  void initSweepMargins() {
    Map<String, Verdict> in = initSweep(0.02 * IN, 0.01, 0.002 * IN * IN);
    assertEquals(Verdict.HOLDS, in.get(NOT_HURT));
    assertEquals(Verdict.HOLDS, in.get(SWEEP_BEATS));
    Map<String, Verdict> out = initSweep(0.02 * OUT, 0.01, 0.002 * OUT * OUT);
    assertEquals(Verdict.FAILS, out.get(NOT_HURT));
    assertEquals(Verdict.FAILS, out.get(SWEEP_BEATS));
  }
}
