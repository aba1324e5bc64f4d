package dmf.paper.gunasekar;

import static dmf.paper.gunasekar.GunasekarProtocol.CLIP;
import static dmf.paper.gunasekar.GunasekarProtocol.LOSS_THRESHOLD;
import static dmf.paper.gunasekar.GunasekarProtocol.SETTINGS;
import static dmf.paper.gunasekar.GunasekarProtocol.SMALL_ETA;

import dmf.experiment.SweepSpec;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.paper.Aggregates;
import dmf.paper.Captions;
import dmf.paper.Claim;
import dmf.paper.Fmt;
import dmf.paper.Reproduction;
import dmf.paper.gunasekar.GunasekarProtocol.Setting;
import dmf.plot.Figure;
import dmf.plot.Panel;
import dmf.plot.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Gunasekar et al. (2017), Figures 1 and 2: reconstruction error ({@code gunasekar-fig1}) and
 * nuclear norm ({@code gunasekar-fig2}) of X = UUᵀ found by gradient descent from ‖U₀‖_F = α, for
 * 50×50 PSD X* in three settings, against X_gd, the SVD-initialized solution and the certified
 * minimum trace. Both figures draw the same sweep and share the folder results/gunasekar.
 *
 * @param figure "fig1" or "fig2"
 */
public record GunasekarFigures(String figure) implements Reproduction {
  private static final int N = 50;
  private static final int R = 2;

  /** The init scale at or below which a run counts as small-init. */
  static final double SMALL_INIT = 1e-3;

  /**
   * @return both figures
   */
  public static List<Reproduction> all() {
    return List.of(new GunasekarFigures("fig1"), new GunasekarFigures("fig2"));
  }

  @Override
  public String name() {
    return "gunasekar-" + figure;
  }

  @Override
  public String folder() {
    return "gunasekar";
  }

  @Override
  public String reportFile() {
    return "report-" + figure + ".md";
  }

  @Override
  public String description(boolean quick) {
    return String.format(
        Locale.ROOT,
        "Gunasekar et al. (2017) Figure %s: %s of X = UUᵀ (full-width "
            + "U, 50x50) trained by gradient descent from U₀ = α·Ū₀ with ‖U₀‖_F = α, Ū₀ Gaussian. "
            + "X* is PSD with ‖X*‖_F = 1, measured by m symmetric Gaussian A_i = (G + Gᵀ)/2, G "
            + "i.i.d. N(0, 1). Settings: (a) rank 2, m = 3nr = 300; (b) eigenvalues ∝ 1/k^1.5 "
            + "normalized to ‖X*‖_* = √2·‖X*‖_F, m = 300; (c) rank 2, m = nr/4 = 25. Steps are "
            + "quoted on the paper's objective F(U) = Σ(⟨A_i, UUᵀ⟩ − y_i)² (dmf's learning rate is "
            + "m·η); clipped ELS takes min(η_ELS, η̄) with η̄ = %s; runs stop at mean squared "
            + "residual ≤ %s. References: X_gd (projected gradient descent on X over the PSD cone "
            + "from 0), SVD init (U₀ = Q·Λ^½ of X_gd, then GD with η = %s), and the certified "
            + "minimum-trace PSD solution. %s",
        figure.equals("fig1") ? "1" : "2",
        figure.equals("fig1") ? "relative reconstruction error ‖X − X*‖_F/‖X*‖_F" : "nuclear norm",
        Fmt.setting(CLIP),
        Fmt.setting(LOSS_THRESHOLD),
        Fmt.setting(SMALL_ETA),
        quick
            ? "Quick variant: clipped and exact line search, α ∈ {1e-5, 1e-3, 1e-1, 1}, 3 "
                + "random problems and initializations per point."
            : "Full variant: fixed η = 1e-4, clipped and exact line search, α from 1e-6 to 1, "
                + "3 random problems and initializations per point.");
  }

  @Override
  public SweepSpec sweep(boolean quick) {
    List<Map<String, Object>> variants = new ArrayList<>();
    for (Setting s : SETTINGS) {
      int m = s.measurements(N, R);
      Map<String, Object> p = s.problem(N, R);
      Map<String, Object> stop = new LinkedHashMap<>();
      stop.put("loss_threshold", LOSS_THRESHOLD);
      stop.put("max_iters", quick ? 300_000L : 3_000_000L);
      variants.add(GunasekarProtocol.merge(p, GunasekarProtocol.clipped(CLIP, m), stop));
      variants.add(GunasekarProtocol.merge(p, GunasekarProtocol.exact(), stop));
      if (!quick) {
        variants.add(GunasekarProtocol.merge(p, GunasekarProtocol.fixed(SMALL_ETA, m), stop));
      }
      variants.add(GunasekarProtocol.merge(p, GunasekarProtocol.solver("psd_gd")));
      variants.add(
          GunasekarProtocol.merge(
              p,
              GunasekarProtocol.fixed(SMALL_ETA, m),
              stop,
              GunasekarProtocol.solver("svd_init")));
      variants.add(GunasekarProtocol.merge(p, GunasekarProtocol.nuclear()));
    }
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    grid.put(
        "init_scale",
        quick ? List.of(1e-5, 1e-3, 1e-1, 1.0) : List.of(1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0));
    return new SweepSpec("gunasekar" + (quick ? "-quick" : ""), 0, 3, Map.of(), grid, variants);
  }

  private String metric() {
    return figure.equals("fig1") ? "relative_error" : "nuclear_norm";
  }

  @Override
  public Map<String, Figure> figures(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    boolean errors = figure.equals("fig1");
    List<Panel> panels = new ArrayList<>();
    for (Setting s : SETTINGS) {
      List<RunRow> mine = runs.stream().filter(s::matches).toList();
      List<Series> curves =
          new ArrayList<>(
              Aggregates.series(
                  mine,
                  r -> !GunasekarProtocol.isReference(r),
                  GunasekarProtocol::label,
                  "init_scale",
                  metric()));
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Series c : curves) {
        for (double x : c.x()) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
        }
      }
      if (lo <= hi) {
        curves.addAll(GunasekarProtocol.referenceLines(mine, metric(), lo, hi));
      }
      Panel p =
          new Panel(
              s.description(),
              "‖U₀‖_F",
              errors ? "relative error" : "nuclear norm",
              true,
              errors,
              curves);
      panels.add(errors ? p.withFloor(Captions.ERROR_FLOOR) : p);
    }
    String key = "gunasekar-" + figure;
    return Map.of(
        key,
        Captions.figure(
            key,
            panels,
            List.of(),
            "Gradient descent on X = UUᵀ with the step rules of the legend (steps on F); dashed: "
                + "references, at the median over the problems."
                + (errors ? " Relative error: ‖X − X*‖_F/‖X*‖_F." : "")));
  }

  @Override
  public List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics) {
    return figure.equals("fig1")
        ? GunasekarClaims.errorClaims(runs)
        : GunasekarClaims.normClaims(runs);
  }
}
