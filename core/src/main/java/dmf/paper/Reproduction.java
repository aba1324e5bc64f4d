package dmf.paper;

import dmf.experiment.SweepSpec;
import dmf.io.store.MetricRow;
import dmf.io.store.RunRow;
import dmf.plot.Figure;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A figure of a paper as an experiment: the sweep that produces its data, the figures drawn from
 * the stored runs, and the paper's claims checked against them. Figures and claims select runs by
 * their settings, never by position, so they do not depend on the order runs were stored in.
 */
public interface Reproduction {
  /**
   * @return the name used by {@code dmf reproduce NAME}
   */
  String name();

  /**
   * @return the default result folder under results/ (figures of one sweep may share it)
   */
  default String folder() {
    return name();
  }

  /**
   * @return the report's file name in the result folder
   */
  default String reportFile() {
    return "report.md";
  }

  /**
   * @param quick the fast variant or the paper-scale one
   * @return a paragraph on what is reproduced and how
   */
  String description(boolean quick);

  /**
   * @param quick the fast variant (the demo) or the paper-scale one
   * @return the sweep
   */
  SweepSpec sweep(boolean quick);

  /**
   * @param runs the stored runs of the sweep
   * @param metrics the stored metric series of a run id
   * @return figure file name (without extension) → figure, with a caption naming the solver and the
   *     repeats
   */
  Map<String, Figure> figures(List<RunRow> runs, Function<String, List<MetricRow>> metrics);

  /**
   * @param runs the stored runs of the sweep
   * @param metrics the stored metric series of a run id
   * @return the paper's claims, each with a verdict computed from the runs
   */
  List<Claim> claims(List<RunRow> runs, Function<String, List<MetricRow>> metrics);
}
