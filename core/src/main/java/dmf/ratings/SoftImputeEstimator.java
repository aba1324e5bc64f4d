package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.baseline.SparseSoftImpute;
import dmf.baseline.SparseSoftImpute.PathPoint;
import dmf.io.data.RatingsTable;
import dmf.linalg.Mat;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SoftImpute on the residuals of the offsets, in its sparse-plus-low-rank form ({@link
 * SparseSoftImpute}): the λ path runs from σ₁ down geometrically, and the point with the best
 * validation RMSE is kept (the path stops once the RMSE has risen for {@code path_patience} points
 * in a row).
 *
 * @param settings resolved settings of {@link #TABLE}
 */
public record SoftImputeEstimator(Settings settings) implements RatingEstimator {
  /** Largest rank. */
  public static final Setting<Integer> MAX_RANK =
      Setting.ofInt("max_rank", 100, "the largest rank kept (vectors iterated)").min(1);

  /** Path length. */
  public static final Setting<Integer> PATH_LENGTH =
      Setting.ofInt("path_length", 30, "λ values on the geometric path from σ₁ down").min(1);

  /** Last λ. */
  public static final Setting<Double> RATIO =
      Setting.ofDouble("lambda_ratio", 0.01, "the last λ of the path, relative to σ₁")
          .positive()
          .below(1);

  /** Tolerance. */
  public static final Setting<Double> TOL =
      Setting.ofDouble("tol", 1e-4, "stop at a λ when ‖ΔZ‖²/‖Z‖² ≤ tol").positive();

  /** Updates per λ. */
  public static final Setting<Integer> MAX_ITERS =
      Setting.ofInt("max_iters", 30, "updates per λ at most").min(1);

  /** Path patience. */
  public static final Setting<Integer> PATH_PATIENCE =
      Setting.ofInt(
              "path_patience",
              3,
              "end the path after this many λ values in a row without a better validation RMSE"
                  + " (0 = the whole path)")
          .min(0);

  /** Seed. */
  public static final Setting<Long> SEED =
      Setting.ofLong("seed", 0, "seed of the starting subspace");

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of(
          "softimpute",
          MAX_RANK,
          PATH_LENGTH,
          RATIO,
          TOL,
          MAX_ITERS,
          PATH_PATIENCE,
          DeepEstimator.OFFSETS,
          DeepEstimator.BIAS_LAMBDA,
          SEED);

  @Override
  public String name() {
    return "softimpute";
  }

  @Override
  public RatingModel fit(FitInput in, ProgressListener listener) {
    long t0 = System.nanoTime();
    RatingsTable t = in.train();
    Offsets off =
        settings.get(DeepEstimator.OFFSETS).fit(t, settings.get(DeepEstimator.BIAS_LAMBDA));
    SparseSoftImpute si =
        new SparseSoftImpute(t.rows(), t.cols(), t.users(), t.items(), off.residuals(t));
    List<Map<String, Object>> history = new ArrayList<>();
    RatingModel[] best = {null};
    double[] bestRmse = {Double.POSITIVE_INFINITY};
    int[] since = {0};
    int[] bestIndex = {0};
    int patience = settings.get(PATH_PATIENCE);
    int length = settings.get(PATH_LENGTH);
    List<PathPoint> path =
        si.path(
            settings.get(MAX_RANK),
            length,
            settings.get(RATIO),
            settings.get(TOL),
            settings.get(MAX_ITERS),
            settings.get(SEED),
            (index, p) -> {
              RatingModel m = model(in, off, p, null);
              double rmse =
                  in.hasValidation() ? Accuracy.of(m, in.validation()).rmse() : Double.NaN;
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("lambda", p.lambda());
              row.put("rank", p.rank());
              row.put("iterations", p.iterations());
              row.put("validation_rmse", rmse);
              history.add(row);
              listener.onProgress(
                  String.format(
                      Locale.ROOT,
                      "softimpute λ=%.4g rank %d: validation RMSE %.4f",
                      p.lambda(),
                      p.rank(),
                      rmse),
                  index + 1,
                  length,
                  (System.nanoTime() - t0) * 1e-9);
              if (!in.hasValidation() || rmse < bestRmse[0]) {
                bestRmse[0] = rmse;
                best[0] = m;
                bestIndex[0] = index;
                since[0] = 0;
              } else {
                since[0]++;
              }
              return patience > 0 && since[0] >= patience;
            });
    PathPoint kept = path.get(bestIndex[0]);
    Map<String, Object> chosen = new LinkedHashMap<>();
    chosen.put("lambda", kept.lambda());
    chosen.put("rank", kept.rank());
    FitSummary summary =
        new FitSummary(
            path.size() < length ? "early_stopped" : "max_iters",
            path.size(),
            bestIndex[0],
            (System.nanoTime() - t0) * 1e-9,
            in.hasValidation() ? bestRmse[0] : Double.NaN,
            chosen,
            history);
    return model(in, off, kept, summary);
  }

  /** Z = U·diag(d)·Vᵀ as factors A_1 = diag(d)·Vᵀ (r×n) and A_2 = U (m×r). */
  private RatingModel model(FitInput in, Offsets off, PathPoint p, FitSummary summary) {
    Mat a1 = p.v().scaleColumns(p.d()).transpose();
    return RatingModel.fitted(
        name(), in, off, p.rank() == 0 ? List.of() : List.of(a1, p.u()), summary);
  }
}
