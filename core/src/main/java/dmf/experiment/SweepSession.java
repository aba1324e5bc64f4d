package dmf.experiment;

import dmf.base.Workers;
import dmf.io.Json;
import dmf.io.store.RunClaim;
import dmf.io.store.RunFolder;
import dmf.problem.SolveObserver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One invocation of a sweep: settles each run under its {@link RunClaim}, so that sweeps working on
 * the same folder at once execute each run once. Under the claim a run is done when its folder
 * holds a summary that is not "failed" (it is then imported into the database if the database
 * missed it), or a "failed" one written since this invocation started (the attempt of a sweep
 * running at the same time; a failure older than that is retried, as on any rerun); otherwise it is
 * executed and stored. A run claimed by someone else is settled later, when the claim is free.
 */
final class SweepSession {
  private static final long POLL_MILLIS = 200;
  private static final long WAIT_REPORT_NANOS = 5_000_000_000L;

  /** File times come from a coarser clock than System.currentTimeMillis: allow for it. */
  private static final long CLOCK_SLACK_MILLIS = 1000;

  private final SweepFolder folder;
  private final SweepProgress progress;
  private final boolean keepGoing;
  private final long startMillis;
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

  SweepSession(SweepFolder folder, SweepProgress progress, boolean keepGoing, long startMillis) {
    this.folder = folder;
    this.progress = progress;
    this.keepGoing = keepGoing;
    this.startMillis = startMillis;
  }

  /**
   * @return whether no further run should start: a machine fault or an error stopped the sweep, or
   *     a run failed and the sweep does not keep going
   */
  boolean stopping() {
    return fatal.get() != null || (!keepGoing && progress.anyFailed());
  }

  /**
   * Settles a run if its claim is free.
   *
   * @param r the run
   * @return false when someone else holds the claim
   */
  boolean trySettle(RunSpec r) {
    if (stopping()) {
      return true;
    }
    try {
      Optional<RunClaim> claim = RunClaim.tryClaim(folder.runFolder(r.id()));
      if (claim.isEmpty()) {
        return false;
      }
      RunClaim c = claim.get();
      try {
        settle(r);
      } finally {
        c.close();
      }
    } catch (RuntimeException ex) {
      fatal.compareAndSet(null, ex);
    }
    return true;
  }

  /**
   * Waits until the run's claim is free, then settles it.
   *
   * @param r a run another sweep held
   */
  void settleWhenFree(RunSpec r) {
    long nextReport = System.nanoTime();
    while (!stopping() && !trySettle(r)) {
      if (System.nanoTime() >= nextReport) {
        nextReport = System.nanoTime() + WAIT_REPORT_NANOS;
        progress.note(
            "waiting for run " + r.id() + ", held by " + RunClaim.holder(folder.runFolder(r.id())));
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        fatal.compareAndSet(null, new IllegalStateException("sweep interrupted", ex));
      }
    }
  }

  private void settle(RunSpec r) {
    Path f = folder.runFolder(r.id());
    if (RunFolder.isComplete(f)) {
      Map<String, Object> summary = Json.readObject(f.resolve(RunFolder.SUMMARY));
      boolean failed = "failed".equals(summary.get("stop_reason"));
      if (!failed || writtenSinceStart(f)) {
        if (!folder.hasCompletedRun(r.id())) {
          RunFolder.Stored s = RunFolder.load(f, r.id(), SweepFolder.sweepOf(r), r.settings());
          folder.record(s.row(), s.metrics());
        }
        Optional<RunFailure> failure =
            failed
                ? Optional.of(
                    new RunFailure(
                        RunFailure.Cause.parse(String.valueOf(summary.get("error_kind"))),
                        String.valueOf(summary.get("error")),
                        ""))
                : Optional.empty();
        progress.settledElsewhere(r.id(), summary.get("stop_reason"), failure);
        return;
      }
    }
    // One thread per run: the runs are the parallelism of a sweep.
    RunOutcome o = Workers.capped(1, () -> RunExecutor.execute(r, f, SolveObserver.NONE, false));
    folder.record(o.row(), o.metrics());
    if (o.error().filter(RunFailure::machineFault).isPresent()) {
      fatal.compareAndSet(null, new MachineStop(o.error().get().message()));
    }
    progress.finished(r.id(), o.summary().get("stop_reason"), o.error());
  }

  private boolean writtenSinceStart(Path folder) {
    try {
      long written = Files.getLastModifiedTime(folder.resolve(RunFolder.SUMMARY)).toMillis();
      return written >= startMillis - CLOCK_SLACK_MILLIS;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * @return what this invocation did
   * @throws RuntimeException the first error that stopped the sweep (a full disk, a broken
   *     database), after every worker has stopped; a run's machine fault is in the failures
   */
  SweepRunner.Result result() {
    RuntimeException f = fatal.get();
    if (f != null && !(f instanceof MachineStop)) {
      throw f;
    }
    return progress.result();
  }

  /** Marks a sweep stopped by a run's machine fault, which its failures already hold. */
  private static final class MachineStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MachineStop(String message) {
      super(message, null, false, false);
    }
  }
}
