package dmf.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.function.DoubleFunction;

/**
 * The kinds of claim a reproduction checks, each deciding on medians over repeats and each with an
 * empty premise that makes it {@link Verdict#INCONCLUSIVE} instead of vacuously true:
 *
 * <ul>
 *   <li>{@link #compare}: one cell against another (beats, rivals, does not hurt); empty when both
 *       lie below the resolution floor;
 *   <li>{@link #firstReach}: which curve reaches a level first on the grid; empty when neither
 *       does;
 *   <li>{@link #bound}: every cell of a set at most or at least a level; empty when the set is;
 *   <li>{@link #share}: the share of values within a level; empty when there are none;
 *   <li>{@link #trend}: a quantity rising or falling along an axis (depth, init scale); empty with
 *       fewer than two values.
 * </ul>
 */
public final class Checks {
  private Checks() {}

  /** How every median of a set must relate to the margin's level. */
  public enum Bound {
    /** median ≤ level. */
    AT_MOST,
    /** median ≥ level. */
    AT_LEAST,
    /** median &gt; level. */
    ABOVE
  }

  /** How two medians must relate, with the margin's factor f. */
  public enum Relation {
    /** a·f ≤ b: a is at least f times lower. */
    BELOW,
    /** a ≥ f·b: a is at least f times higher. */
    ABOVE,
    /** a ≤ f·b: a is at most f times higher. */
    NOT_ABOVE,
    /** max(a, b) ≤ f·min(a, b): within a factor f either way. */
    WITHIN
  }

  /**
   * @param statement the claim
   * @param a the first cell
   * @param b the second cell
   * @param rel how their medians must relate
   * @param margin the factor and its reason
   * @param floor medians below it count as equal to it ("exact"); NaN for none
   * @param fmt number format
   * @return the claim
   */
  public static Claim compare(
      String statement,
      Sample a,
      Sample b,
      Relation rel,
      Margin margin,
      double floor,
      DoubleFunction<String> fmt) {
    String evidence =
        a.label() + " " + a.describe(fmt) + " vs " + b.label() + " " + b.describe(fmt);
    if (a.isEmpty() || b.isEmpty()) {
      Sample gone = a.isEmpty() ? a : b;
      return notMeasured(statement, evidence, margin, "no completed run of " + gone.label());
    }
    double x = a.median();
    double y = b.median();
    if (!Double.isNaN(floor)) {
      if (x < floor && y < floor) {
        return inconclusive(
            statement,
            evidence,
            margin,
            "both below the resolution floor " + fmt.apply(floor) + " (exact)");
      }
      x = Math.max(x, floor);
      y = Math.max(y, floor);
    }
    double f = margin.value();
    boolean holds =
        switch (rel) {
          case BELOW -> x * f <= y;
          case ABOVE -> x >= f * y;
          case NOT_ABOVE -> x <= f * y;
          case WITHIN -> Math.max(x, y) <= f * Math.min(x, y);
        };
    return new Claim(statement, verdict(holds), evidence, margin.describe(), "");
  }

  /**
   * @param statement the claim: curve a reaches the level with no larger x than curve b
   * @param a curve a: x → sample
   * @param b curve b: x → sample
   * @param level the level the medians must reach and stay at or below
   * @param noun what x counts, e.g. "observations"
   * @param margin the level and its reason
   * @return the claim
   */
  public static Claim firstReach(
      String statement,
      NavigableMap<Double, Sample> a,
      NavigableMap<Double, Sample> b,
      double level,
      String noun,
      Margin margin) {
    if (a.isEmpty() || b.isEmpty()) {
      return notMeasured(statement, "", margin, "a curve has no completed run");
    }
    double ta = reach(a, level);
    double tb = reach(b, level);
    String evidence = "first at " + count(ta, noun) + " vs " + count(tb, noun);
    if (Double.isInfinite(ta) && Double.isInfinite(tb)) {
      return inconclusive(
          statement, evidence, margin, "neither reaches " + Fmt.sci(level) + " on the grid");
    }
    return new Claim(statement, verdict(ta <= tb), evidence, margin.describe(), "");
  }

  /** The smallest x from which every median stays at or below the level; +∞ if none. */
  static double reach(NavigableMap<Double, Sample> curve, double level) {
    double first = Double.POSITIVE_INFINITY;
    for (var e : curve.descendingMap().entrySet()) {
      if (!(e.getValue().median() <= level)) {
        break;
      }
      first = e.getKey();
    }
    return first;
  }

  private static String count(double x, String noun) {
    return Double.isInfinite(x) ? "never" : Fmt.setting(x) + " " + noun;
  }

  /**
   * @param statement the claim: every cell's median is at most (or at least, or above) the level
   * @param cells the cells the claim quantifies over
   * @param bound how every median must relate to the level
   * @param margin the level and its reason
   * @param fmt number format
   * @return the claim
   */
  public static Claim bound(
      String statement,
      List<Sample> cells,
      Bound bound,
      Margin margin,
      DoubleFunction<String> fmt) {
    List<Sample> measured = cells.stream().filter(s -> !s.isEmpty()).toList();
    if (measured.isEmpty()) {
      return inconclusive(
          statement,
          "",
          margin,
          cells.isEmpty() ? "no run falls in the set" : "no run of the set completed");
    }
    double level = margin.value();
    Sample worst = measured.get(0);
    boolean holds = true;
    for (Sample s : measured) {
      double m = s.median();
      holds &=
          switch (bound) {
            case AT_MOST -> m <= level;
            case AT_LEAST -> m >= level;
            case ABOVE -> m > level;
          };
      boolean worse = bound == Bound.AT_MOST ? m > worst.median() : m < worst.median();
      if (worse) {
        worst = s;
      }
    }
    String evidence =
        (bound == Bound.AT_MOST ? "largest" : "smallest")
            + " cell median: "
            + worst.label()
            + " "
            + worst.describe(fmt)
            + "; "
            + measured.size()
            + " cell"
            + (measured.size() == 1 ? "" : "s")
            + (measured.size() < cells.size()
                ? ", " + (cells.size() - measured.size()) + " without a completed run"
                : "");
    return new Claim(statement, verdict(holds), evidence, margin.describe(), "");
  }

  /**
   * @param statement the claim: the share of values at or below the threshold is at least (or at
   *     most) the margin's share
   * @param values the values
   * @param threshold the level a value must not exceed to count
   * @param atLeast whether the share must be at least (else at most) the margin
   * @param margin the share and its reason
   * @return the claim
   */
  public static Claim share(
      String statement, Sample values, double threshold, boolean atLeast, Margin margin) {
    if (values.isEmpty()) {
      return inconclusive(statement, "", margin, "no values");
    }
    int k = 0;
    for (double v : values.values()) {
      k += v <= threshold ? 1 : 0;
    }
    double share = (double) k / values.n();
    String evidence =
        String.format(
            Locale.ROOT,
            "%d of %d (%.0f%%) at most %s; median %s",
            k,
            values.n(),
            100 * share,
            Fmt.pct(threshold),
            Fmt.pct(values.median()));
    boolean holds = atLeast ? share >= margin.value() : share <= margin.value();
    return new Claim(statement, verdict(holds), evidence, margin.describe(), "");
  }

  /**
   * @param statement the claim: the medians rise (or fall) along the samples' order
   * @param ordered the samples in axis order (e.g. depth 1, 2, 3)
   * @param rising whether each median must be at least f times the previous (else at most 1/f)
   * @param margin the factor f and its reason
   * @param fmt number format
   * @return the claim
   */
  public static Claim trend(
      String statement,
      List<Sample> ordered,
      boolean rising,
      Margin margin,
      DoubleFunction<String> fmt) {
    List<String> parts = new ArrayList<>();
    List<Sample> measured = new ArrayList<>();
    for (Sample s : ordered) {
      parts.add(s.label() + " " + s.describe(fmt));
      if (!s.isEmpty()) {
        measured.add(s);
      }
    }
    String evidence = String.join(", ", parts);
    if (measured.size() < 2) {
      return inconclusive(statement, evidence, margin, "fewer than two values to order");
    }
    double f = margin.value();
    boolean holds = true;
    for (int i = 1; i < measured.size(); i++) {
      double prev = measured.get(i - 1).median();
      double next = measured.get(i).median();
      holds &= rising ? next >= f * prev : next * f <= prev;
    }
    return new Claim(statement, verdict(holds), evidence, margin.describe(), "");
  }

  private static Claim inconclusive(
      String statement, String evidence, Margin margin, String reason) {
    return new Claim(statement, Verdict.INCONCLUSIVE, evidence, margin.describe(), reason);
  }

  private static Claim notMeasured(
      String statement, String evidence, Margin margin, String reason) {
    return new Claim(statement, Verdict.NOT_MEASURED, evidence, margin.describe(), reason);
  }

  private static Verdict verdict(boolean holds) {
    return holds ? Verdict.HOLDS : Verdict.FAILS;
  }
}
