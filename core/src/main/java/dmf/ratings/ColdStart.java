package dmf.ratings;

import dmf.settings.Choice;
import java.util.Locale;

/** What a model predicts for a user or item that has no rating in the training part. */
public enum ColdStart implements Choice {
  /** The offset: global mean plus the known side's bias (the unknown side contributes nothing). */
  OFFSET,
  /**
   * No prediction (NaN), and the pair is left out of evaluation, as Spark ALS's {@code
   * coldStartStrategy = "drop"}.
   */
  DROP;

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
