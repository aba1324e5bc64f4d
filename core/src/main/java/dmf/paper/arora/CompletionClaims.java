package dmf.paper.arora;

import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Captions;
import dmf.paper.Cell;
import dmf.paper.Checks;
import dmf.paper.Checks.Relation;
import dmf.paper.Claim;
import dmf.paper.Fmt;
import dmf.paper.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The claims of Figures 1 and 2 (and their sensing analogues) at rank 5, each on cells named by
 * their settings: solver, depth, init scale, rank and the number of observations (completion) or
 * measurements (sensing).
 */
final class CompletionClaims {
  static final int RANK = 5;
  static final double AT = 2000;

  private final CompletionFigures fig;
  private final List<RunRow> runs;

  CompletionClaims(CompletionFigures fig, List<RunRow> runs) {
    this.fig = fig;
    this.runs = runs;
  }

  private String noun() {
    return fig.noun();
  }

  private Cell depth(int d, double init) {
    return Cell.of("solver", "dmf", "depth", d, "init_scale", init, "rank", RANK);
  }

  private Sample sample(Cell cell, double x, String metric, String label) {
    return cell.and(fig.xKey(), x).sample(runs, metric, label);
  }

  private Sample error(int d, double init, double x, String label) {
    return sample(depth(d, init), x, "test_error", label);
  }

  private Sample nuclear(double x, String metric) {
    return sample(Cell.of("solver", "nuclear", "rank", RANK), x, metric, "min nuclear norm");
  }

  List<Claim> all() {
    List<Claim> out = new ArrayList<>();
    String at = "at " + Fmt.setting(AT) + " " + noun() + " (rank " + RANK + ")";
    double init = CompletionFigures.INIT;
    Sample d2 = error(2, init, AT, "depth 2");
    for (int d : fig.initVariants() ? new int[] {3} : new int[] {3, 4}) {
      out.add(
          Checks.compare(
              "depth " + d + " beats depth 2 " + at,
              error(d, init, AT, "depth " + d),
              d2,
              Relation.BELOW,
              Margins.BEATS,
              Captions.ERROR_FLOOR,
              Fmt::sci));
    }
    out.add(
        Checks.compare(
            "depth 2 rivals minimum nuclear norm " + at,
            d2,
            nuclear(AT, "test_error"),
            Relation.WITHIN,
            Margins.RIVALS,
            Captions.ERROR_FLOOR,
            Fmt::sci));
    out.add(
        Checks.firstReach(
            "depth 3 reaches error ≤ 1e-3 with no more " + noun() + " than depth 2 (rank 5)",
            curve(3),
            curve(2),
            Margins.REACH.value(),
            noun(),
            Margins.REACH));
    if (fig.initVariants()) {
      few(out, init);
    }
    return out;
  }

  /** x → error of depth d at the default init, rank 5. */
  private NavigableMap<Double, Sample> curve(int d) {
    Cell c = depth(d, CompletionFigures.INIT);
    Map<String, NavigableMap<Double, Sample>> m =
        Aggregates.samples(runs, c::matches, r -> "depth " + d, fig.xKey(), "test_error");
    return m.getOrDefault("depth " + d, new TreeMap<>());
  }

  /** Figure 2: effective rank and nuclear norm with few observations; smaller inits at depth 2. */
  private void few(List<Claim> out, double init) {
    double x0 =
        runs.stream()
            .filter(r -> r.setting(fig.xKey()) instanceof Number)
            .mapToDouble(r -> ((Number) r.setting(fig.xKey())).doubleValue())
            .min()
            .orElse(Double.NaN);
    String few = "at " + Fmt.setting(x0) + " " + noun() + " (rank " + RANK + ", the fewest)";
    out.add(
        Checks.compare(
            "with few "
                + noun()
                + " depth 3 has lower effective rank than the minimum nuclear "
                + "norm solution "
                + few,
            sample(depth(3, init), x0, "effective_rank", "depth 3"),
            nuclear(x0, "effective_rank"),
            Relation.BELOW,
            Margins.SEPARATED,
            Double.NaN,
            Fmt::num));
    out.add(
        Checks.compare(
            "... at the expense of a higher nuclear norm " + few,
            sample(depth(3, init), x0, "nuclear_norm", "depth 3"),
            nuclear(x0, "nuclear_norm"),
            Relation.ABOVE,
            Margins.SEPARATED,
            Double.NaN,
            Fmt::num));
    String at = "at " + Fmt.setting(AT) + " " + noun() + " (rank " + RANK + ")";
    out.add(
        Checks.compare(
            "smaller init (std/4) lowers the depth-2 error " + at,
            error(2, init / 16, AT, "depth 2, init std/4"),
            error(2, init, AT, "depth 2"),
            Relation.BELOW,
            Margins.LOWERS,
            Captions.ERROR_FLOOR,
            Fmt::sci));
  }
}
