package dmf.serve;

import dmf.io.store.RunRow;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How far a collection has got.
 *
 * @param total runs in the collection (its sweep's list, plus any others found)
 * @param completed runs that finished normally
 * @param failed runs that stopped with an error
 * @param running runs being written now (or trained by this server)
 * @param waiting runs not started (pending in a sweep, queued in the playground)
 * @param stalled run folders left without a summary
 * @param wallSeconds from the first run's start to the last one's end (or now, while running); NaN
 *     when no run says when it ran
 */
record Progress(
    int total,
    int completed,
    int failed,
    int running,
    int waiting,
    int stalled,
    double wallSeconds) {

  /**
   * @param runs the runs of a collection
   * @return their progress
   */
  static Progress of(List<RunEntry> runs) {
    int completed = 0;
    int failed = 0;
    int running = 0;
    int waiting = 0;
    int stalled = 0;
    Instant first = null;
    Instant last = null;
    for (RunEntry r : runs) {
      switch (r.status()) {
        case RunRow.COMPLETED -> completed++;
        case RunRow.FAILED -> failed++;
        case RunRow.RUNNING -> running++;
        case RunEntry.STALLED -> stalled++;
        default -> waiting++;
      }
      Instant start = instant(r.provenance().get("start_time"));
      Instant end =
          r.status().equals(RunRow.RUNNING)
              ? Instant.now()
              : instant(r.provenance().get("end_time"));
      if (start != null && (first == null || start.isBefore(first))) {
        first = start;
      }
      if (end != null && (last == null || end.isAfter(last))) {
        last = end;
      }
    }
    double wall =
        first == null || last == null
            ? Double.NaN
            : (last.toEpochMilli() - first.toEpochMilli()) / 1e3;
    return new Progress(runs.size(), completed, failed, running, waiting, stalled, wall);
  }

  /**
   * @return runs finished, well or not
   */
  int done() {
    return completed + failed;
  }

  private static Instant instant(Object v) {
    if (!(v instanceof String s) || s.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
