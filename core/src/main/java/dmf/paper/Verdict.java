package dmf.paper;

/** The outcome of checking a claim against stored runs. */
public enum Verdict {
  /** The numbers support the claim, by its stated margin. */
  HOLDS("holds"),
  /** The numbers contradict the claim, by its stated margin. */
  FAILS("fails"),
  /**
   * The numbers are there but cannot decide the claim: its premise is empty (neither curve reaches
   * the level, both values lie below the resolution floor, no run falls in the set it quantifies
   * over).
   */
  INCONCLUSIVE("inconclusive"),
  /** A value the claim compares is missing: no completed run of a cell it names. */
  NOT_MEASURED("not measured");

  private final String text;

  Verdict(String text) {
    this.text = text;
  }

  /**
   * @return the verdict as written in reports ("holds", "fails", "inconclusive", "not measured")
   */
  @Override
  public String toString() {
    return text;
  }
}
