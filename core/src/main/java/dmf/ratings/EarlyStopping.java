package dmf.ratings;

import dmf.base.ProgressListener;
import dmf.deep.FactorObserver;
import dmf.linalg.Mat;
import dmf.problem.IterationRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Watches a deep factorization on rating residuals: at each logged iterate it measures the RMSE of
 * the model on the validation part, keeps the best factors, and stops the run once the RMSE has not
 * improved for {@code patience} checks. Patience starts counting only when the training loss has
 * fallen 1% below its starting value: from a small initialization the factors first sit near a
 * saddle, where the validation RMSE does not move, and stopping there would end the run before it
 * learned anything.
 */
final class EarlyStopping implements FactorObserver {
  private static final double PLATEAU_DROP = 0.99;
  private final FitInput in;
  private final Offsets offsets;
  private final int patience;
  private final ProgressListener listener;
  private final String label;
  private final long budget;
  private final List<Map<String, Object>> history = new ArrayList<>();
  private double startLoss = Double.NaN;
  private double lastLoss = Double.NaN;
  private double lastSeconds;
  private boolean moving;
  private int sinceBest;
  private double bestRmse = Double.POSITIVE_INFINITY;
  private long bestIteration = -1;
  private List<Mat> best;

  EarlyStopping(
      FitInput in, Offsets offsets, int patience, long budget, String label, ProgressListener l) {
    this.in = in;
    this.budget = budget;
    this.offsets = offsets;
    this.patience = patience;
    this.label = label;
    this.listener = l;
  }

  @Override
  public void onRecord(IterationRecord r) {
    lastLoss = r.scalars().get("train_loss");
    lastSeconds = r.seconds();
    if (Double.isNaN(startLoss)) {
      startLoss = lastLoss;
    }
    moving |= lastLoss < PLATEAU_DROP * startLoss;
  }

  @Override
  public boolean onFactors(long iteration, List<Mat> factors) {
    double rmse = Double.NaN;
    if (in.hasValidation()) {
      RatingModel m = RatingModel.fitted(label, in, offsets, factors, null);
      rmse = Accuracy.of(m, in.validation()).rmse();
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("iteration", iteration);
    row.put("seconds", lastSeconds);
    row.put("train_rmse", Math.sqrt(lastLoss));
    row.put("validation_rmse", rmse);
    history.add(row);
    if (!in.hasValidation()) {
      best = factors;
      bestIteration = iteration;
      return false;
    }
    if (rmse < bestRmse) {
      bestRmse = rmse;
      bestIteration = iteration;
      best = factors;
      sinceBest = 0;
    } else if (moving) {
      sinceBest++;
    }
    listener.onProgress(
        String.format(
            Locale.ROOT,
            "%s: validation RMSE %.4f (best %.4f at iteration %d)",
            label,
            rmse,
            bestRmse,
            bestIteration),
        iteration,
        budget,
        lastSeconds);
    return moving && sinceBest >= patience;
  }

  /**
   * @return the kept factors (the best on validation, or the last without a validation part)
   */
  List<Mat> best() {
    return best;
  }

  /**
   * @return the iteration of the kept factors
   */
  long bestIteration() {
    return bestIteration;
  }

  /**
   * @return the validation RMSE of the kept factors
   */
  double bestRmse() {
    return in.hasValidation() ? bestRmse : Double.NaN;
  }

  /**
   * @return one row per check
   */
  List<Map<String, Object>> history() {
    return history;
  }
}
