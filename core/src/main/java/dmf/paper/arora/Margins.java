package dmf.paper.arora;

import dmf.paper.Margin;

/**
 * The margins of the Arora et al. (2019) claims, each with the statement of the paper it follows.
 */
final class Margins {
  private Margins() {}

  /** "Beats": the deeper factorization's median error is at least ten times lower. */
  static final Margin BEATS =
      new Margin(
          10,
          "at least 10× lower (one decade)",
          "Figures 1 and 2 show the depth-3 and depth-4 errors orders of magnitude below depth 2 "
              + "on a log axis");

  /** "Rivals": within a factor of two either way. */
  static final Margin RIVALS =
      new Margin(
          2,
          "within a factor of 2 either way",
          "the paper finds depth 2 similar to minimum nuclear norm: on its log axis the two "
              + "curves overlap; independent references put them within 1.4×");

  /** "Reaches": the level that separates recovery from failure. */
  static final Margin REACH =
      new Margin(
          1e-3,
          "median error ≤ 1e-3 at that count and every larger one on the grid",
          "Figure 1's errors fall from about 1 (no recovery) to below 1e-4 (recovery); 1e-3 lies "
              + "between");

  /** "Lower effective rank" and "higher nuclear norm": by a tenth at least. */
  static final Margin SEPARATED =
      new Margin(
          1.1,
          "at least 10% apart",
          "Figure 2 shows the curves visibly apart on a linear axis; 10% is well beyond the "
              + "run-to-run spread of either quantity");

  /** "Smaller init lowers the error": by a factor of two at least. */
  static final Margin LOWERS =
      new Margin(
          2,
          "at least 2× lower",
          "Figure 2 shows the smaller-init depth-2 curves below the default one on a log axis");

  /** "Smaller init does not hurt": not more than twice the error. */
  static final Margin NOT_HURT =
      new Margin(
          2,
          "at most 2× higher",
          "the official code's init-scale figure shows flat curves below init 1e-3; a factor of 2 is "
              + "a third of a decade on its log axis");

  /** "Larger gap σ5/σ6 with depth": each depth at least doubles it. */
  static final Margin GAP_GROWS =
      new Margin(
          2,
          "each depth at least 2× the previous",
          "Figure 3 shows the tail singular values of depth 3 far below those of depth 1 and 2");

  /** "Sharper transitions with depth": each depth's rise time at most 0.8 of the previous. */
  static final Margin SHARPER =
      new Margin(
          1.25,
          "each depth's relative rise time at most 0.8× the previous",
          "Figure 3 shows the singular values of deeper factorizations rising as steps");

  /** "The diagonal dominates": median diagonal/off-diagonal ratio at least 10. */
  static final Margin DIAGONAL =
      new Margin(
          10,
          "median diagonal/off-diagonal ratio ≥ 10 (one decade)",
          "Figure 3 (right) shows the diagonal of Uᵀ∇ℓ(W)V about an order of magnitude above the "
              + "off-diagonal on a log axis");
}
