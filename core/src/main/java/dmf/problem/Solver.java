package dmf.problem;

/**
 * The contract every solver of dmf shares: the deep factorization and the baselines alike.
 *
 * <p>A solver holds its settings only; {@link #solve} may be called many times and never prints.
 * Long solves report to the observer, which may log, draw a progress bar or record metrics.
 */
public interface Solver {
  /**
   * @return a short name, e.g. "dmf" or "nuclear"
   */
  String name();

  /**
   * Solves the problem.
   *
   * @param problem the instance (Input, not modified)
   * @param observer receives progress and logged records; use {@link SolveObserver#NONE} for none
   * @return the solution and how the solve ended
   */
  SolverResult solve(Problem problem, SolveObserver observer);
}
