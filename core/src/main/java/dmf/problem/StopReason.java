package dmf.problem;

import dmf.settings.Choice;
import java.util.Locale;

/** Why a solve ended. Written in lower case ("max_iters") to files and the results database. */
public enum StopReason implements Choice {
  /** The stopping criterion was met (e.g. train loss ≤ threshold). */
  CONVERGED,
  /** The iteration budget was spent. */
  MAX_ITERS,
  /** The wall-time budget was spent. */
  TIME_LIMIT,
  /** The loss or the iterate became non-finite or exploded; the last finite iterate is kept. */
  DIVERGED,
  /** The observer asked to stop. */
  INTERRUPTED,
  /** An observer stopped the run because a held-out error stopped improving. */
  EARLY_STOPPED,
  /** The gradient is exactly zero (e.g. a zero start of a factorization), so nothing can move. */
  STATIONARY,
  /** A certified optimum: duality gap and residuals within their tolerances. */
  OPTIMAL,
  /** A convex solver stopped without certifying its tolerances. */
  INACCURATE,
  /** The run threw an error; its summary holds the message. */
  FAILED,
  /**
   * The solver stopped at a matrix that fits the data no better than zero, because a setting made
   * zero its answer (e.g. a regularization weight above the data's scale): not a fit.
   */
  DEGENERATE;

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @return whether the solver reached what it was asked for (converged or certified optimal)
   */
  public boolean succeeded() {
    return this == CONVERGED || this == OPTIMAL;
  }

  /**
   * @param label a label such as "max_iters"
   * @return the stop reason
   * @throws IllegalArgumentException for an unknown label
   */
  public static StopReason parse(String label) {
    for (StopReason r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown stop reason '" + label + "'");
  }

  @Override
  public String toString() {
    return label();
  }
}
