package dmf.paper;

/**
 * A claim of a paper checked against stored numbers.
 *
 * @param statement the claim, e.g. "depth 3 beats depth 2 at 2000 observations (rank 5)"
 * @param verdict the outcome
 * @param evidence the numbers the verdict rests on, with their spread over repeats
 * @param margin the margin the claim was checked with, and why; "" when the claim has none
 * @param reason why the verdict is inconclusive or not measured; "" otherwise
 */
public record Claim(
    String statement, Verdict verdict, String evidence, String margin, String reason) {

  /** Replaces nulls by "". */
  public Claim {
    evidence = evidence == null ? "" : evidence;
    margin = margin == null ? "" : margin;
    reason = reason == null ? "" : reason;
  }

  /**
   * @return a Markdown list item: statement, verdict, evidence, margin and reason
   */
  public String markdown() {
    StringBuilder sb = new StringBuilder("- ").append(statement).append(": **").append(verdict);
    sb.append("**");
    if (!reason.isEmpty()) {
      sb.append(" (").append(reason).append(')');
    }
    if (!evidence.isEmpty()) {
      sb.append(". ").append(evidence);
    }
    if (!margin.isEmpty()) {
      sb.append(". _Margin: ").append(margin).append("._");
    }
    return sb.toString();
  }

  /**
   * @return one line for a terminal: "verdict: statement (evidence or reason)"
   */
  public String line() {
    String why = reason.isEmpty() ? evidence : reason + (evidence.isEmpty() ? "" : "; " + evidence);
    return verdict + ": " + statement + (why.isEmpty() ? "" : " (" + why + ")");
  }
}
