package dmf.paper.arora;

import dmf.experiment.SweepSpec;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Captions;
import dmf.paper.Cell;
import dmf.paper.Checks;
import dmf.paper.Checks.Relation;
import dmf.paper.Claim;
import dmf.paper.Fmt;
import dmf.paper.Reproduction;
import dmf.plot.Figure;
import dmf.plot.Panel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The official code's figure: reconstruction error against init scale (1e-3 … 1e-6) for depths 2, 3
 * and 4, learning rates 1e-3 and 3e-4, and 2000 and 5000 observations (rank-5 100×100).
 */
public record InitSweepFigure() implements Reproduction {
  private static final double AT = 2000;

  @Override
  public String name() {
    return "init-sweep";
  }

  @Override
  public String description(boolean quick) {
    return quick
        ? "Rank-5 100x100 completion, 2000 and 5000 observations, depths 2–4, init scale 1e-3 to "
            + "1e-6, adaptive gradient-flow solver (the small-learning-rate limit, so there is no "
            + "learning-rate axis in the quick variant), stop at train loss ≤ 1e-6."
        : "Rank-5 100x100 completion, 2000 and 5000 observations, depths 2–4, init scale 1e-3 to "
            + "1e-6, GroupRMSprop with lr 1e-3 and 3e-4, stop at train loss ≤ 1e-6, 2 repeats.";
  }

  @Override
  public SweepSpec sweep(boolean quick) {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("kind", "completion");
    base.put("rank", 5);
    base.put("optimizer", quick ? "flow" : "grouprmsprop");
    base.put("lr", 1e-3);
    base.put("log_every", 1_000_000L);
    if (quick) {
      base.put("max_iters", 20_000L); // deterministic cap (a time limit would depend on load)
    }
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    grid.put("observations", List.of(2000, 5000));
    grid.put("init_scale", List.of(1e-3, 1e-4, 1e-5, 1e-6));
    grid.put("depth", List.of(2, 3, 4));
    if (!quick) {
      grid.put("lr", List.of(1e-3, 3e-4));
    }
    return new SweepSpec(
        "init-sweep" + (quick ? "-quick" : ""), 0, quick ? 1 : 2, base, grid, List.of());
  }

  /** The learning rates of the GroupRMSprop runs, or NaN alone for flow runs (no lr axis). */
  private static List<Double> lrs(List<RunRow> runs) {
    TreeSet<Double> out = new TreeSet<>();
    for (RunRow r : runs) {
      boolean flow = "flow".equals(r.setting("optimizer"));
      out.add(!flow && r.setting("lr") instanceof Number n ? n.doubleValue() : Double.NaN);
    }
    return new ArrayList<>(out);
  }

  private static String label(RunRow r) {
    String l = "depth " + r.setting("depth");
    return "grouprmsprop".equals(r.setting("optimizer")) && r.setting("lr") instanceof Number lr
        ? l + ", lr " + Fmt.setting(lr.doubleValue())
        : l;
  }

  private static Cell cell(int depth, double lr, double init) {
    Cell c = Cell.of("depth", depth, "observations", AT, "init_scale", init);
    return Double.isNaN(lr) ? c.and("optimizer", "flow") : c.and("lr", lr);
  }

  @Override
  public Map<String, Figure> figures(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    List<Panel> panels = new ArrayList<>();
    for (int o : new int[] {2000, 5000}) {
      panels.add(
          new Panel(
                  o + " observations",
                  "init scale",
                  "reconstruction error",
                  true,
                  true,
                  Aggregates.series(
                      runs,
                      r -> Cell.same(r.setting("observations"), o),
                      InitSweepFigure::label,
                      "init_scale",
                      "test_error"))
              .withFloor(Captions.ERROR_FLOOR));
    }
    return Map.of("init-sweep", Captions.figure("init-sweep", panels, runs, ""));
  }

  @Override
  public List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    List<Claim> out = new ArrayList<>();
    for (double lr : lrs(runs)) {
      String with = Double.isNaN(lr) ? "" : ", lr " + Fmt.setting(lr);
      for (int d = 2; d <= 4; d++) {
        String name = "depth " + d + with;
        out.add(
            Checks.compare(
                name + " at 2000 observations: smaller init does not hurt (init 1e-6 vs 1e-3)",
                cell(d, lr, 1e-6).sample(runs, "test_error", "init 1e-6"),
                cell(d, lr, 1e-3).sample(runs, "test_error", "init 1e-3"),
                Relation.NOT_ABOVE,
                Margins.NOT_HURT,
                Captions.ERROR_FLOOR,
                Fmt::sci));
      }
      out.add(
          Checks.compare(
              "depth 3 beats depth 2 at init 1e-6 (2000 observations" + with + ")",
              cell(3, lr, 1e-6).sample(runs, "test_error", "depth 3"),
              cell(2, lr, 1e-6).sample(runs, "test_error", "depth 2"),
              Relation.BELOW,
              Margins.BEATS,
              Captions.ERROR_FLOOR,
              Fmt::sci));
    }
    return out;
  }
}
