package dmf.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.io.store.RunRow;
import dmf.paper.Checks.Bound;
import dmf.paper.Checks.Relation;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each kind of claim: its verdict follows the medians, and an empty premise is inconclusive. */
class ChecksTest {
  static final Margin TEN = new Margin(10, "at least 10× lower", "test");
  static final double FLOOR = 1e-8;

  static Sample s(String label, double... v) {
    return Sample.of(label, v);
  }

  @Test
  void compareDecidesOnMediansNotOnOneLuckySeed() {
    // Depth 4 recovers from one init of three (3e-5) but not from the others.
    Sample d4 = s("depth 4", 3e-5, 0.13, 0.56);
    Sample d2 = s("depth 2", 0.05, 0.06, 0.07);
    Claim c = Checks.compare("d4 beats d2", d4, d2, Relation.BELOW, TEN, FLOOR, Fmt::sci);
    assertEquals(Verdict.FAILS, c.verdict());
    assertTrue(
        c.evidence().contains("1.30e-01 (median of 3, range 3.00e-05–5.60e-01)"), c.evidence());
  }

  @Test
  void compareWithBothBelowTheFloorIsInconclusive() {
    Claim c =
        Checks.compare(
            "d3 beats d2",
            s("depth 3", 1e-12),
            s("depth 2", 1e-14),
            Relation.BELOW,
            TEN,
            FLOOR,
            Fmt::sci);
    assertEquals(Verdict.INCONCLUSIVE, c.verdict());
    assertTrue(c.reason().contains("resolution floor"), c.reason());
    // One above the floor is enough to decide.
    assertEquals(
        Verdict.HOLDS,
        Checks.compare("", s("a", 1e-12), s("b", 1e-6), Relation.BELOW, TEN, FLOOR, Fmt::sci)
            .verdict());
  }

  @Test
  void compareWithoutRunsIsNotMeasured() {
    Claim c =
        Checks.compare("x", s("depth 3"), s("depth 2", 0.1), Relation.BELOW, TEN, FLOOR, Fmt::sci);
    assertEquals(Verdict.NOT_MEASURED, c.verdict());
    assertEquals("no completed run of depth 3", c.reason());
  }

  @Test
  void relationsReadTheFactorTheRightWay() {
    Margin two = new Margin(2, "", "");
    assertEquals(
        Verdict.HOLDS,
        Checks.compare("", s("a", 3), s("b", 1.6), Relation.WITHIN, two, Double.NaN, Fmt::num)
            .verdict());
    assertEquals(
        Verdict.FAILS,
        Checks.compare("", s("a", 1.4), s("b", 3), Relation.WITHIN, two, Double.NaN, Fmt::num)
            .verdict());
    assertEquals(
        Verdict.HOLDS,
        Checks.compare("", s("a", 4), s("b", 2), Relation.ABOVE, two, Double.NaN, Fmt::num)
            .verdict());
    assertEquals(
        Verdict.FAILS,
        Checks.compare("", s("a", 4.1), s("b", 2), Relation.NOT_ABOVE, two, Double.NaN, Fmt::num)
            .verdict());
  }

  static NavigableMap<Double, Sample> curve(double... errors) {
    NavigableMap<Double, Sample> c = new TreeMap<>();
    for (int i = 0; i < errors.length; i++) {
      c.put(1000.0 + 500 * i, s("x", errors[i]));
    }
    return c;
  }

  @Test
  void firstReachNeverVersusNeverIsInconclusive() {
    Margin reach = new Margin(1e-3, "", "");
    Claim c =
        Checks.firstReach(
            "d3 no later than d2",
            curve(0.5, 0.1, 0.05),
            curve(0.6, 0.2, 0.01),
            1e-3,
            "obs",
            reach);
    assertEquals(Verdict.INCONCLUSIVE, c.verdict());
    assertEquals("first at never vs never", c.evidence());
    assertEquals(
        Verdict.HOLDS,
        Checks.firstReach("", curve(0.5, 1e-4, 1e-5), curve(0.6, 0.2, 0.01), 1e-3, "obs", reach)
            .verdict());
    // Reaching and leaving again does not count: the curve must stay at or below the level.
    assertEquals(
        Verdict.FAILS,
        Checks.firstReach("", curve(1e-4, 0.5, 1e-5), curve(0.6, 1e-4, 1e-5), 1e-3, "obs", reach)
            .verdict());
  }

  @Test
  void boundOverAnEmptySetIsInconclusive() {
    Margin level = new Margin(1e-3, "", "");
    assertEquals(
        Verdict.INCONCLUSIVE,
        Checks.bound("all small", List.of(), Bound.AT_MOST, level, Fmt::sci).verdict());
    assertEquals(
        Verdict.INCONCLUSIVE,
        Checks.bound("all small", List.of(s("cell")), Bound.AT_MOST, level, Fmt::sci).verdict());
    Claim c =
        Checks.bound(
            "all small",
            List.of(s("a", 1e-4, 2e-4, 5e-3), s("b", 2e-3, 3e-4, 1e-4)),
            Bound.AT_MOST,
            level,
            Fmt::sci);
    assertEquals(Verdict.HOLDS, c.verdict(), c.evidence());
    assertTrue(c.evidence().startsWith("largest cell median: b 3.00e-04"), c.evidence());
  }

  @Test
  void shareOfNothingIsInconclusive() {
    Margin most = new Margin(0.9, "", "");
    assertEquals(Verdict.INCONCLUSIVE, Checks.share("", s("none"), 0.01, true, most).verdict());
    double[] v = new double[10];
    v[9] = 0.5;
    assertEquals(Verdict.HOLDS, Checks.share("", s("d", v), 0.01, true, most).verdict());
    v[8] = 0.5;
    assertEquals(Verdict.FAILS, Checks.share("", s("d", v), 0.01, true, most).verdict());
  }

  @Test
  void trendWithFewerThanTwoValuesIsInconclusive() {
    Margin twice = new Margin(2, "", "");
    Claim c =
        Checks.trend("gap grows", List.of(s("depth 1"), s("depth 2", 3.0)), true, twice, Fmt::num);
    assertEquals(Verdict.INCONCLUSIVE, c.verdict());
    assertEquals(
        Verdict.HOLDS,
        Checks.trend("", List.of(s("1", 1.0), s("2", 2.0), s("3", 4.0)), true, twice, Fmt::num)
            .verdict());
    assertEquals(
        Verdict.FAILS,
        Checks.trend("", List.of(s("1", 1.0), s("2", 2.0), s("3", 3.9)), true, twice, Fmt::num)
            .verdict());
    assertEquals(
        Verdict.HOLDS,
        Checks.trend("", List.of(s("1", 4.0), s("2", 2.0)), false, twice, Fmt::num).verdict());
  }

  @Test
  void singleSeedsAreSaidSoAndNeverGetAPlusMinus() {
    String one = s("d", 0.25).describe(Fmt::num);
    assertEquals("0.250 (single seed)", one);
    String three = s("d", 0.3, 0.1, 0.2).describe(Fmt::num);
    assertEquals("0.200 (median of 3, range 0.100–0.300)", three);
    String gone = s("d", 0.3, Double.NaN).describe(Fmt::num);
    assertEquals("0.300 (single seed, 1 run without a value)", gone);
    assertFalse((one + three + gone).contains("±"));
  }

  @Test
  void cellsMatchNumbersByValue() {
    Cell c = Cell.of("depth", 3, "init_scale", 1e-3, "solver", "dmf");
    RunRow run =
        new RunRow(
            "r",
            "s",
            RunRow.COMPLETED,
            Map.of("depth", 3L, "init_scale", 0.001, "solver", "dmf"),
            Map.of("test_error", 0.5),
            Map.of(),
            "");
    assertTrue(c.matches(run));
    assertFalse(c.and("depth", 2).matches(run));
    assertEquals(0.5, c.sample(List.of(run), "test_error", "x").median());
  }
}
