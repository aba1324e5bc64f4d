package dmf.experiment;

import dmf.base.UserInputException;
import dmf.settings.Setting;
import dmf.settings.SettingsTable;
import dmf.settings.Suggest;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a flat map of raw settings (from a sweep spec, a TOML file or the Java API) into a
 * validated {@link RunSpec}: the run keys {@code kind} and {@code solver} pick the two tables, each
 * given key goes to the table that has it, and every value is checked against its setting before
 * anything runs.
 *
 * <p>A key that no table knows is an error with a "did you mean" hint. A key that belongs to
 * another solver or problem kind is an error in strict mode (a single run: {@code dmf train},
 * {@code dmf solve}) and is left out in a sweep, where one spec may hold the settings of several
 * solvers (e.g. {@code depth} beside a nuclear-norm variant); {@link SweepSpec#expand} then checks
 * that every given key is used by some run.
 */
public final class RunSettings {
  /** The problem kind key. */
  public static final String KIND = "kind";

  /** The solver key. */
  public static final String SOLVER = "solver";

  /** The sweep-name tag. */
  public static final Setting<String> SWEEP = Setting.ofText("sweep", "", "the sweep's name");

  /** The repeat tag. */
  public static final Setting<Long> REPEAT =
      Setting.ofLong("repeat", 0, "repeat index within the sweep").min(0);

  private static final SettingsTable TAGS = SettingsTable.of("run", SWEEP, REPEAT);

  private RunSettings() {}

  /**
   * @param raw raw values by key
   * @param strict whether keys of other solvers or problem kinds are errors (else left out)
   * @param used receives the given keys the run uses (may be null)
   * @return the validated run
   */
  public static RunSpec resolve(Map<String, ?> raw, boolean strict, Set<String> used) {
    ProblemKind kind =
        raw.containsKey(KIND) ? ProblemKind.parse(raw.get(KIND)) : ProblemKind.COMPLETION;
    String solver = raw.containsKey(SOLVER) ? String.valueOf(raw.get(SOLVER)).trim() : "dmf";
    SolverEntry entry = Solvers.find(solver);
    Map<String, Object> tags = new LinkedHashMap<>();
    Map<String, Object> problem = new LinkedHashMap<>();
    Map<String, Object> solverValues = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : raw.entrySet()) {
      String k = e.getKey();
      if (k.equals(KIND) || k.equals(SOLVER)) {
        mark(used, k);
      } else if (TAGS.has(k)) {
        tags.put(k, TAGS.find(k).orElseThrow().parse(e.getValue()));
        mark(used, k);
      } else if (kind.table().has(k)) {
        problem.put(k, e.getValue());
        mark(used, k);
      } else if (entry.table().has(k)) {
        solverValues.put(k, e.getValue());
        mark(used, k);
      } else if (strict || !known(k)) {
        throw new UserInputException(unknown(k, kind, entry, strict));
      }
    }
    Map<String, Object> orderedTags = new LinkedHashMap<>();
    for (String k : TAGS.keys()) {
      if (tags.containsKey(k)) {
        orderedTags.put(k, tags.get(k));
      }
    }
    return RunSpec.of(
        kind,
        kind.table().resolve(problem),
        solver,
        entry.table().resolve(solverValues),
        orderedTags);
  }

  private static void mark(Set<String> used, String k) {
    if (used != null) {
      used.add(k);
    }
  }

  /**
   * @return every key some table knows: run keys, every problem kind's and every solver's
   */
  public static Set<String> knownKeys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(KIND);
    keys.add(SOLVER);
    keys.addAll(TAGS.keys());
    for (ProblemKind k : ProblemKind.values()) {
      keys.addAll(k.table().keys());
    }
    keys.addAll(Solvers.allKeys());
    return keys;
  }

  private static boolean known(String key) {
    return knownKeys().contains(key);
  }

  private static String unknown(String key, ProblemKind kind, SolverEntry solver, boolean strict) {
    Set<String> mine = new LinkedHashSet<>(kind.table().keys());
    mine.addAll(solver.table().keys());
    if (strict && known(key)) {
      return "'"
          + key
          + "' is not a setting of solver "
          + solver.name()
          + " or of a "
          + kind.label()
          + " problem"
          + Suggest.hint(key, mine);
    }
    mine.addAll(knownKeys());
    return "unknown setting '" + key + "'" + Suggest.hint(key, mine);
  }
}
