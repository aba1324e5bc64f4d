package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regularized biases, r̂ = μ + b_u + b_i (Surprise's BaselineOnly): λ is chosen on the validation
 * part from a stated grid (the first grid value without a validation part).
 *
 * @param settings resolved settings of {@link #TABLE}
 */
public record BiasEstimator(Settings settings) implements RatingEstimator {
  /** The λ grid. */
  public static final Setting<String> LAMBDAS =
      Grid.setting(
          "lambda_grid",
          "1, 2, 5, 10, 20, 50",
          "λ values of the biases tried on the validation part; the best is kept");

  /** The settings table. */
  public static final SettingsTable TABLE = SettingsTable.of("biases", LAMBDAS);

  @Override
  public String name() {
    return "biases";
  }

  @Override
  public RatingModel fit(FitInput in, ProgressListener listener) {
    long t0 = System.nanoTime();
    double[] grid = Grid.parse(settings.get(LAMBDAS));
    List<Map<String, Object>> tried = new ArrayList<>();
    Offsets best = null;
    double bestRmse = Double.POSITIVE_INFINITY;
    double bestLambda = grid[0];
    for (double lambda : grid) {
      Offsets off = Offsets.biases(in.train(), lambda, OffsetKind.BIAS_SWEEPS);
      double rmse =
          in.hasValidation()
              ? Accuracy.of(RatingModel.fitted(name(), in, off, List.of(), null), in.validation())
                  .rmse()
              : Double.NaN;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("lambda", lambda);
      row.put("validation_rmse", rmse);
      tried.add(row);
      if (best == null || rmse < bestRmse) {
        best = off;
        bestRmse = rmse;
        bestLambda = lambda;
      }
      if (!in.hasValidation()) {
        break;
      }
    }
    FitSummary s =
        new FitSummary(
            "closed_form",
            tried.size(),
            0,
            (System.nanoTime() - t0) * 1e-9,
            in.hasValidation() ? bestRmse : Double.NaN,
            Map.of("lambda", bestLambda),
            tried);
    return RatingModel.fitted(name(), in, best, List.of(), s);
  }
}
