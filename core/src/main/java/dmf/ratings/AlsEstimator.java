package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.baseline.BiasedAls;
import dmf.io.data.RatingsTable;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ALS with user and item biases and λ scaled by each row's count (ALS-WR, as Spark's ALS scales
 * it): r̂ = μ + b_u + b_i + p_uᵀq_i. For each λ of a stated grid the sweeps run until the
 * validation RMSE has not improved for {@code patience} sweeps, keeping the best sweep; the λ with
 * the best validation RMSE wins.
 *
 * @param settings resolved settings of {@link #TABLE}
 */
public record AlsEstimator(Settings settings) implements RatingEstimator {
  /** Rank. */
  public static final Setting<Integer> RANK =
      Setting.ofInt("rank", 50, "rank k of the user and item factors").min(1);

  /** The λ grid. */
  public static final Setting<String> LAMBDAS =
      Grid.setting(
          "lambda_grid",
          "0.05, 0.1, 0.2, 0.5",
          "λ values (scaled by each row's count) tried on the validation part; the best is kept");

  /** Sweeps. */
  public static final Setting<Integer> SWEEPS =
      Setting.ofInt("sweeps", 30, "sweeps (U then V) per λ at most").min(1);

  /** Patience. */
  public static final Setting<Integer> PATIENCE =
      Setting.ofInt("patience", 3, "stop a λ after this many sweeps without a better RMSE").min(1);

  /** Seed. */
  public static final Setting<Long> SEED = Setting.ofLong("seed", 0, "seed of the initial factors");

  /** The settings table. */
  public static final SettingsTable TABLE =
      SettingsTable.of("als", RANK, LAMBDAS, SWEEPS, PATIENCE, SEED);

  @Override
  public String name() {
    return "als";
  }

  @Override
  public RatingModel fit(FitInput in, ProgressListener listener) {
    long t0 = System.nanoTime();
    RatingsTable t = in.train();
    double[] values = new double[t.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = t.ratings()[k];
    }
    BiasedAls als = new BiasedAls(t.rows(), t.cols(), t.users(), t.items(), values);
    double[] grid = Grid.parse(settings.get(LAMBDAS));
    int patience = settings.get(PATIENCE);
    List<Map<String, Object>> history = new ArrayList<>();
    RatingModel[] best = {null};
    double[] bestRmse = {Double.POSITIVE_INFINITY};
    Map<String, Object> chosen = new LinkedHashMap<>();
    long[] sweeps = {0};
    for (double lambda : grid) {
      int[] since = {0};
      double[] lambdaBest = {Double.POSITIVE_INFINITY};
      als.fit(
          settings.get(RANK),
          lambda,
          true,
          true,
          settings.get(SWEEPS),
          settings.get(SEED),
          (sweep, s) -> {
            sweeps[0]++;
            RatingModel m = model(in, s, null);
            double rmse = in.hasValidation() ? Accuracy.of(m, in.validation()).rmse() : Double.NaN;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lambda", lambda);
            row.put("sweep", sweep);
            row.put("validation_rmse", rmse);
            history.add(row);
            listener.onProgress(
                String.format(Locale.ROOT, "als λ=%g: validation RMSE %.4f", lambda, rmse),
                sweep,
                settings.get(SWEEPS),
                (System.nanoTime() - t0) * 1e-9);
            if (!in.hasValidation() || rmse < bestRmse[0]) {
              bestRmse[0] = rmse;
              best[0] = m;
              chosen.put("lambda", lambda);
              chosen.put("sweeps", sweep);
            }
            if (rmse < lambdaBest[0]) {
              lambdaBest[0] = rmse;
              since[0] = 0;
            } else {
              since[0]++;
            }
            return in.hasValidation() && since[0] >= patience;
          });
      if (!in.hasValidation()) {
        break;
      }
    }
    FitSummary summary =
        new FitSummary(
            in.hasValidation() ? "early_stopped" : "max_iters",
            sweeps[0],
            ((Number) chosen.get("sweeps")).longValue(),
            (System.nanoTime() - t0) * 1e-9,
            in.hasValidation() ? bestRmse[0] : Double.NaN,
            chosen,
            history);
    return model(in, best[0], summary);
  }

  private RatingModel model(FitInput in, BiasedAls.State s, FitSummary summary) {
    Offsets off = new Offsets(s.mean(), s.rowBias(), s.colBias());
    return RatingModel.fitted(name(), in, off, List.of(s.v(), s.u().transpose()), summary);
  }

  private RatingModel model(FitInput in, RatingModel m, FitSummary summary) {
    return RatingModel.fitted(name(), in, m.offsets(), m.factors(), summary);
  }
}
