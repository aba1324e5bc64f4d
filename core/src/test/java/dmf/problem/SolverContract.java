package dmf.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.base.UserInputException;
import dmf.experiment.SolverEntry;
import dmf.experiment.Solvers;
import dmf.linalg.Mat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link Solver} obeys, run against each implementation on small problems it can
 * solve:
 *
 * <ul>
 *   <li>the problem is not modified by {@code solve} (every array of it compared before and after);
 *   <li>the same settings and seed replay bit for bit (solution, iterations, stop reason), from a
 *       new solver and from the same solver solving again;
 *   <li>observer callbacks arrive in order: iterations never decrease across onRecord and
 *       onProgress, at most one record per iteration, and onProgress comes last;
 *   <li>{@code stopRequested()} returning true stops the solve with stop reason "interrupted";
 *   <li>settings out of range (negative, zero or NaN where a positive value is needed) are rejected
 *       with a one-line {@link UserInputException} when the solver is built;
 *   <li>every stop reason belongs to the documented set.
 * </ul>
 *
 * <p>Two methods are the only places that know how settings are built ({@link #create}) and how a
 * stop reason is read and checked ({@link #stopReason}).
 */
public abstract class SolverContract {
  /** The stop reasons documented by {@link SolverResult} and the solvers' result types. */
  static final Set<String> DOCUMENTED_STOP_REASONS =
      Set.of(
          "converged",
          "max_iters",
          "time_limit",
          "diverged",
          "interrupted",
          "optimal",
          "inaccurate",
          "stationary");

  /** A solve that does not stop by itself fails the test after this long. */
  static final Duration HANG = Duration.ofSeconds(60);

  /**
   * Builds the solver under test from settings, through the construction path the build has.
   *
   * @param settings snake_case keys; absent ones take their defaults
   * @return the solver
   */
  protected abstract Solver create(Map<String, Object> settings);

  /**
   * @return settings of a quick solve of each of {@link #problems()}
   */
  protected abstract Map<String, Object> quick();

  /**
   * @return settings under which the first problem runs for many seconds unless interrupted
   */
  protected abstract Map<String, Object> endless();

  /**
   * @return small problems the solver can solve (the first one is used for interruption)
   */
  protected abstract List<Problem> problems();

  /**
   * @return settings whose value must be positive: zero, negative and NaN are rejected
   */
  protected abstract List<String> positiveSettings();

  /**
   * @return settings whose value must be non-negative: negative and NaN are rejected
   */
  protected List<String> nonNegativeSettings() {
    return List.of();
  }

  /**
   * @return the setting that seeds the solver's random draws, if it has any
   */
  protected Optional<String> seedSetting() {
    return Optional.empty();
  }

  /**
   * @return settings that make the quick solve of the first problem diverge, if it can
   */
  protected Optional<Map<String, Object>> diverging() {
    return Optional.empty();
  }

  /**
   * Reads the stop reason of a result and checks that it is documented.
   *
   * @param r a result
   * @return its stop reason as text
   */
  protected String stopReason(SolverResult r) {
    StopReason s = r.stopReason();
    assertTrue(s != null, "no stop reason");
    assertTrue(DOCUMENTED_STOP_REASONS.contains(s.label()), "undocumented stop reason '" + s + "'");
    return s.label();
  }

  /**
   * Builds a solver of the registry through its settings table, the path every command takes.
   *
   * @param solver the solver's name
   * @param settings raw settings
   * @return the solver
   */
  protected static Solver fromTable(String solver, Map<String, Object> settings) {
    SolverEntry e = Solvers.find(solver);
    return e.create(e.table().resolve(settings));
  }

  /**
   * @return {@link #quick()} with the given changes
   */
  protected final Map<String, Object> quickWith(Map<String, Object> changes) {
    Map<String, Object> m = new LinkedHashMap<>(quick());
    m.putAll(changes);
    return m;
  }

  @Test
  void solvesEachProblemWithoutModifyingIt() {
    for (Problem p : problems()) {
      List<Object> before = snapshot(p);
      Recorder rec = new Recorder();
      SolverResult r = create(quick()).solve(p, rec);
      assertTrue(Arrays.deepEquals(before.toArray(), snapshot(p).toArray()), "problem modified");
      checkResult(p, r);
      rec.checkOrder(r);
    }
  }

  @Test
  void theSameSettingsReplayBitForBit() {
    for (Problem p : problems()) {
      Solver s = create(quick());
      SolverResult first = s.solve(p, SolveObserver.NONE);
      assertSameOutcome(first, s.solve(p, SolveObserver.NONE), "the same solver again");
      assertSameOutcome(first, create(quick()).solve(p, SolveObserver.NONE), "a new solver");
    }
  }

  @Test
  void theSeedSelectsTheRandomDraws() {
    Optional<String> key = seedSetting();
    assumeTrue(key.isPresent(), "the solver draws no random numbers");
    Problem p = problems().get(0);
    SolverResult a = create(quickWith(Map.of(key.get(), 1L))).solve(p, SolveObserver.NONE);
    SolverResult b = create(quickWith(Map.of(key.get(), 2L))).solve(p, SolveObserver.NONE);
    SolverResult a2 = create(quickWith(Map.of(key.get(), 1L))).solve(p, SolveObserver.NONE);
    assertSameOutcome(a, a2, "seed 1 twice");
    assertFalse(
        Arrays.equals(a.solution().data(), b.solution().data()),
        "seeds 1 and 2 gave the same bits");
  }

  @Test
  void stopRequestedInterrupts() {
    Problem p = problems().get(0);
    Recorder rec = new Recorder();
    rec.stopAfter = 0;
    Solver s = create(endless());
    SolverResult r = assertTimeoutPreemptively(HANG, () -> s.solve(p, rec));
    assertEquals("interrupted", stopReason(r));
    assertTrue(rec.stopCalls > 0);
    checkResult(p, r);
    rec.checkOrder(r);
  }

  @Test
  void outOfRangeSettingsAreRejectedWhenTheSolverIsBuilt() {
    assertNotNull(create(quick()));
    assertNotNull(create(Map.of()));
    for (String key : positiveSettings()) {
      for (double bad : new double[] {-1, 0, Double.NaN}) {
        rejects(key, bad);
      }
    }
    for (String key : nonNegativeSettings()) {
      for (double bad : new double[] {-1, Double.NaN}) {
        rejects(key, bad);
      }
    }
  }

  private void rejects(String key, double bad) {
    Map<String, Object> s = quickWith(Map.of(key, bad));
    UserInputException e =
        assertThrows(UserInputException.class, () -> create(s), key + " = " + bad + " accepted");
    assertFalse(e.getMessage().isBlank());
    assertFalse(e.getMessage().contains("\n"), "message of more than one line: " + e.getMessage());
  }

  @Test
  void divergenceIsAStopReasonNotACrash() {
    Optional<Map<String, Object>> settings = diverging();
    assumeTrue(settings.isPresent(), "the solver cannot diverge");
    Problem p = problems().get(0);
    Recorder rec = new Recorder();
    SolverResult r = create(quickWith(settings.get())).solve(p, rec);
    assertEquals("diverged", stopReason(r));
    checkResult(p, r);
    rec.checkOrder(r);
  }

  /** Shape, finiteness and bookkeeping of a result. */
  private void checkResult(Problem p, SolverResult r) {
    stopReason(r);
    assertEquals(p.rows(), r.solution().rows(), "rows of the solution");
    assertEquals(p.cols(), r.solution().cols(), "columns of the solution");
    assertTrue(r.solution().isFinite(), "solution has NaN or Inf");
    assertTrue(r.iterations() >= 0, "iterations " + r.iterations());
    assertTrue(r.seconds() >= 0, "seconds " + r.seconds());
    assertNotNull(r.details());
  }

  private void assertSameOutcome(SolverResult a, SolverResult b, String what) {
    assertArrayEquals(a.solution().data(), b.solution().data(), what + ": solution bits differ");
    assertEquals(a.iterations(), b.iterations(), what + ": iterations differ");
    assertEquals(stopReason(a), stopReason(b), what + ": stop reasons differ");
  }

  /**
   * @return deep copies of every component of the problem record, or of everything a completion
   *     problem holds (arrays and matrices by value)
   */
  static List<Object> snapshot(Problem p) {
    List<Object> out = new ArrayList<>();
    if (p instanceof CompletionProblem c) {
      for (Object v :
          new Object[] {c.rows(), c.cols(), c.rowIdx(), c.colIdx(), c.values(), c.truth()}) {
        out.add(copy(v));
      }
      return out;
    }
    for (RecordComponent c : p.getClass().getRecordComponents()) {
      try {
        out.add(copy(c.getAccessor().invoke(p)));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("cannot read " + c.getName(), e);
      }
    }
    return out;
  }

  private static Object copy(Object v) {
    if (v instanceof Mat m) {
      return new Object[] {m.rows(), m.cols(), m.data().clone()};
    }
    if (v instanceof double[] d) {
      return d.clone();
    }
    if (v instanceof int[] i) {
      return i.clone();
    }
    if (v instanceof boolean[] b) {
      return b.clone();
    }
    if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean) {
      return v;
    }
    throw new AssertionError("snapshot does not know how to copy a " + v.getClass());
  }

  /** Records every callback and answers stopRequested as told. */
  static final class Recorder implements SolveObserver {
    /** {0 = progress or 1 = record, iteration}. */
    final List<long[]> events = new ArrayList<>();

    /** Answer false this many times, then true; −1 for never. */
    int stopAfter = -1;

    int stopCalls;
    double lastSeconds;

    @Override
    public void onProgress(long iteration, long maxIterations, double loss, double seconds) {
      events.add(new long[] {0, iteration});
      assertTrue(seconds >= lastSeconds, "progress seconds went back: " + seconds);
      lastSeconds = seconds;
    }

    @Override
    public void onRecord(IterationRecord record) {
      events.add(new long[] {1, record.iteration()});
      assertTrue(record.seconds() >= 0);
    }

    @Override
    public boolean stopRequested() {
      stopCalls++;
      return stopAfter >= 0 && stopCalls > stopAfter;
    }

    /** Iterations never decrease, records at most once per iteration, onProgress comes last. */
    void checkOrder(SolverResult r) {
      assertFalse(events.isEmpty(), "no callback at all");
      long last = Long.MIN_VALUE;
      long lastRecord = Long.MIN_VALUE;
      for (long[] e : events) {
        String what = (e[0] == 0 ? "onProgress" : "onRecord") + "(" + e[1] + ")";
        assertTrue(e[1] >= last, what + " after iteration " + last);
        if (e[0] == 1) {
          assertTrue(e[1] > lastRecord, what + ": a second record of iteration " + lastRecord);
          lastRecord = e[1];
        }
        last = e[1];
      }
      long[] end = events.get(events.size() - 1);
      assertEquals(0, end[0], "the last callback is not onProgress");
      assertTrue(end[1] <= r.iterations(), "final progress " + end[1] + " > " + r.iterations());
    }
  }
}
