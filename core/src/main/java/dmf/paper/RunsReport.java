package dmf.paper;

import dmf.experiment.RunReuse;
import dmf.io.store.RunRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The "runs" section of a report: how many runs stopped for each reason, and which cells failed,
 * diverged or stopped before converging, named by the settings that vary over the sweep.
 */
public final class RunsReport {
  /** Stop reasons of runs that reached their target. */
  static final Set<String> CONVERGED = Set.of("converged", "loss_threshold", "optimal");

  private RunsReport() {}

  /**
   * @param run a stored run
   * @return its stop reason ("failed" for a failed run without one)
   */
  static String stopReason(RunRow run) {
    Object s = run.summary().get("stop_reason");
    return s != null ? s.toString() : run.isCompleted() ? "unknown" : run.status();
  }

  /**
   * @param runs stored runs
   * @return stop reason → number of runs, sorted by reason
   */
  public static Map<String, Integer> counts(List<RunRow> runs) {
    Map<String, Integer> out = new TreeMap<>();
    for (RunRow r : runs) {
      out.merge(stopReason(r), 1, Integer::sum);
    }
    return out;
  }

  /**
   * @param runs stored runs
   * @return one line per run that did not converge: its cell, repeat and stop reason, sorted
   */
  public static List<String> unconverged(List<RunRow> runs) {
    List<String> keys = varying(runs);
    TreeSet<String> out = new TreeSet<>();
    for (RunRow r : runs) {
      String reason = stopReason(r);
      if (CONVERGED.contains(reason)) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String k : keys) {
        Object v = r.setting(k);
        if (v != null) {
          parts.add(k + " " + (v instanceof Number n ? Fmt.setting(n.doubleValue()) : v));
        }
      }
      Object rep = r.setting("repeat");
      String iters =
          Double.isNaN(r.summaryNumber("iterations"))
              ? ""
              : " after " + Fmt.setting(r.summaryNumber("iterations")) + " iterations";
      out.add(
          String.join(", ", parts)
              + (rep == null ? "" : " (repeat " + rep + ")")
              + ": "
              + reason
              + iters);
    }
    return new ArrayList<>(out);
  }

  /** The settings whose values differ between runs, except seeds and the repeat index. */
  static List<String> varying(List<RunRow> runs) {
    Map<String, Set<String>> values = new TreeMap<>();
    for (RunRow r : runs) {
      r.settings().forEach((k, v) -> values.computeIfAbsent(k, x -> new TreeSet<>()).add("" + v));
    }
    List<String> out = new ArrayList<>();
    values.forEach(
        (k, v) -> {
          if (v.size() > 1 && !k.contains("seed") && !k.equals("repeat")) {
            out.add(k);
          }
        });
    return out;
  }

  /**
   * @param runs stored runs
   * @return the Markdown section
   */
  public static String markdown(List<RunRow> runs) {
    StringBuilder sb = new StringBuilder("## Runs\n\n| stop reason | runs |\n|---|---|\n");
    counts(runs)
        .forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    List<String> bad = unconverged(runs);
    if (bad.isEmpty()) {
      sb.append("\nEvery run converged (")
          .append(String.join(", ", CONVERGED.stream().sorted().toList()))
          .append(").\n");
    } else {
      sb.append("\nRuns that did not converge (their values enter figures and claims as they are; ")
          .append("failed runs enter neither):\n\n");
      for (String line : bad) {
        sb.append("- ").append(line).append('\n');
      }
    }
    Map<String, Integer> reused = new TreeMap<>();
    for (RunRow r : runs) {
      if (r.provenance().get(RunReuse.REUSED_FROM) instanceof String from) {
        Path sweep = Path.of(from).getParent();
        reused.merge(
            sweep != null && sweep.getParent() != null ? sweep.getParent().toString() : from,
            1,
            Integer::sum);
      }
    }
    reused.forEach(
        (dir, n) ->
            sb.append("\n")
                .append(n)
                .append(n == 1 ? " run was" : " runs were")
                .append(" adopted from `")
                .append(dir)
                .append("` (same settings apart from the sweep's name; each run's provenance.json")
                .append(" names its source).\n"));
    return sb.toString();
  }
}
