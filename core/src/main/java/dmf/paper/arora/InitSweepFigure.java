package dmf.paper.arora;

import dmf.experiment.SweepSpec;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Claim;
import dmf.paper.Curve;
import dmf.paper.CurvePanel;
import dmf.paper.Reproduction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The official code's figure: reconstruction error against init scale (1e-3 … 1e-6) for depths 2, 3
 * and 4, learning rates 1e-3 and 3e-4, and 2000 and 5000 observations (rank-5 100×100).
 */
public record InitSweepFigure() implements Reproduction {
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

  private static String label(RunRow r) {
    String l = "depth " + r.setting("depth");
    return "grouprmsprop".equals(r.setting("optimizer")) ? l + ", lr " + r.setting("lr") : l;
  }

  private static int obs(RunRow r) {
    return ((Number) r.setting("observations")).intValue();
  }

  @Override
  public Map<String, List<CurvePanel>> figures(
      List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    List<CurvePanel> panels = new ArrayList<>();
    for (int o : new int[] {2000, 5000}) {
      panels.add(
          new CurvePanel(
              o + " observations",
              "init scale",
              "reconstruction error",
              true,
              true,
              Aggregates.curves(
                  runs, r -> obs(r) == o, InitSweepFigure::label, "init_scale", "test_error")));
    }
    return Map.of("init-sweep", panels);
  }

  @Override
  public List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    List<Claim> out = new ArrayList<>();
    List<Curve> c =
        Aggregates.curves(
            runs, r -> obs(r) == 2000, InitSweepFigure::label, "init_scale", "test_error");
    for (Curve k : c) {
      double big = k.at(1e-3);
      double small = k.at(1e-6);
      out.add(
          Claim.of(
              k.label()
                  + " at 2000 observations: smaller init does not hurt "
                  + "(error at 1e-6 ≤ 2× error at 1e-3)",
              small <= 2 * big,
              String.format(Locale.ROOT, "%.2e at 1e-6 vs %.2e at 1e-3", small, big)));
    }
    double d2 = CompletionFigures.value(c, c.isEmpty() ? "" : c.get(0).label(), 1e-6);
    double d3 = CompletionFigures.value(c, c.size() < 2 ? "" : c.get(1).label(), 1e-6);
    out.add(
        Claim.of(
            "depth 3 beats depth 2 at init 1e-6 (2000 observations)",
            d3 < d2,
            String.format(Locale.ROOT, "%.2e vs %.2e", d3, d2)));
    return out;
  }
}
