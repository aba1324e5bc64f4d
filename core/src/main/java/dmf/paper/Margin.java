package dmf.paper;

/**
 * The margin by which a claim must hold, with the reason it was chosen; stated in the report beside
 * the verdict.
 *
 * @param value the number the check uses (a factor, a level or a share)
 * @param rule what the margin asks, e.g. "at least 10× lower"
 * @param source why this margin: the paper's own statement or figure it follows
 */
public record Margin(double value, String rule, String source) {

  /**
   * @return "rule (source)"
   */
  public String describe() {
    return source.isEmpty() ? rule : rule + " (" + source + ")";
  }
}
