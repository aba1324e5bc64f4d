package dmf.experiment;

import dmf.base.UserInputException;
import dmf.problem.Problem;
import dmf.problem.Solver;
import dmf.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One fully resolved and validated run: a problem kind with its settings, a solver with its
 * settings, and bookkeeping tags (the sweep's name and the repeat). Build one with {@link
 * RunSettings#resolve} from raw values, or with {@link #of} from typed parts.
 *
 * @param id a deterministic id derived from {@link #settings()} (12 hex digits of SHA-256)
 * @param kind the problem kind
 * @param problem the problem's settings (checked, derived defaults filled in)
 * @param solver the solver
 * @param solverSettings the solver's settings
 * @param tags bookkeeping: "sweep" (name) and "repeat" (index), when the run belongs to a sweep
 */
public record RunSpec(
    String id,
    ProblemKind kind,
    Settings problem,
    SolverEntry solver,
    Settings solverSettings,
    Map<String, Object> tags) {

  /** Copies the tags. */
  public RunSpec {
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  /**
   * A run of a solver on an instance folder, optionally holding out a share of its observed
   * entries.
   *
   * @param instance the instance folder
   * @param holdout the share of observed entries to hold out, or null for none
   * @param holdoutSeed the seed of the held-out draw, or null for the default
   * @param solver the solver's name
   * @param solverSettings settings of the solver's table
   * @return the run
   * @throws UserInputException for settings that cannot describe a run
   */
  public static RunSpec onInstance(
      Path instance, Double holdout, Long holdoutSeed, String solver, Settings solverSettings) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("instance", instance.toString());
    if (holdout != null) {
      problem.put("holdout", holdout);
    }
    if (holdoutSeed != null) {
      problem.put("holdout_seed", holdoutSeed);
    }
    ProblemKind kind = ProblemKind.INSTANCE;
    return of(kind, kind.table().resolve(problem), solver, solverSettings, Map.of());
  }

  /**
   * @param kind the problem kind
   * @param problem settings of the kind's table
   * @param solver the solver's name
   * @param solverSettings settings of the solver's table
   * @param tags bookkeeping tags ("sweep", "repeat"), possibly empty
   * @return the run, its problem settings checked and its id derived
   * @throws UserInputException for settings that cannot describe a run, or a synthetic problem and
   *     solver whose memory cannot fit in the heap
   */
  public static RunSpec of(
      ProblemKind kind,
      Settings problem,
      String solver,
      Settings solverSettings,
      Map<String, Object> tags) {
    Settings checked = kind.check(problem);
    SolverEntry entry = Solvers.find(solver);
    Map<String, Object> all = settings(tags, kind, checked, entry, solverSettings);
    RunSpec run = new RunSpec(idOf(all), kind, checked, entry, solverSettings, tags);
    kind.shape(checked)
        .ifPresent(s -> RunLimits.require(run, s[0], s[1], RunLimits.problem(kind, checked)));
    return run;
  }

  /**
   * @return every setting in a stable order: tags, kind, the problem's settings, solver, the
   *     solver's settings (those the others make irrelevant left out); what config.toml holds
   */
  public Map<String, Object> settings() {
    return settings(tags, kind, problem, solver, solverSettings);
  }

  private static Map<String, Object> settings(
      Map<String, Object> tags,
      ProblemKind kind,
      Settings problem,
      SolverEntry solver,
      Settings solverSettings) {
    Map<String, Object> m = new LinkedHashMap<>(tags);
    m.put(RunSettings.KIND, kind.label());
    m.putAll(problem.toMap());
    m.put(RunSettings.SOLVER, solver.name());
    m.putAll(solver.prune().apply(solverSettings.toMap()));
    return m;
  }

  /**
   * @return the problem this run describes (built from its seed, or read from disk)
   */
  public Problem createProblem() {
    return kind.create(problem);
  }

  /**
   * @return the solver this run describes
   */
  public Solver createSolver() {
    return solver.create(solverSettings);
  }

  /**
   * @return the solver's seed, or null when it draws nothing at random
   */
  public Long seed() {
    Object s = solverSettings.values().get("seed");
    return s instanceof Long l ? l : null;
  }

  /**
   * @return the seed of the synthetic problem, or null when the problem is read from disk
   */
  public Long problemSeed() {
    return kind.problemSeed(problem);
  }

  /**
   * @param settings resolved settings
   * @return 12 hex digits of the SHA-256 of the canonical text (sorted keys, normalized numbers)
   */
  public static String idOf(Map<String, Object> settings) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : new TreeMap<>(settings).entrySet()) {
      sb.append(e.getKey()).append('=').append(canonical(e.getValue())).append('\n');
    }
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", h[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String canonical(Object v) {
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    if (v instanceof Iterable) {
      StringBuilder sb = new StringBuilder("[");
      for (Object o : (Iterable<?>) v) {
        sb.append(canonical(o)).append(',');
      }
      return sb.append(']').toString();
    }
    return String.valueOf(v);
  }
}
