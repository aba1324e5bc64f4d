package dmf.paper;

/**
 * A qualitative claim of a paper checked against stored numbers.
 *
 * @param statement the claim, e.g. "depth 3 beats depth 2 at 2000 observations (rank 5)"
 * @param verdict "holds", "fails" or "not measured"
 * @param evidence the numbers, e.g. "2.9e-5 vs 6.4e-2"
 */
public record Claim(String statement, String verdict, String evidence) {

  /**
   * @param statement the claim
   * @param holds whether the numbers support it
   * @param evidence the numbers
   * @return the claim, or "not measured" when any number in it was NaN
   */
  public static Claim of(String statement, boolean holds, String evidence) {
    boolean missing = evidence.contains("NaN");
    return new Claim(statement, missing ? "not measured" : holds ? "holds" : "fails", evidence);
  }

  /**
   * @return a Markdown list item
   */
  public String markdown() {
    return "- " + statement + ": **" + verdict + "**, " + evidence;
  }
}
