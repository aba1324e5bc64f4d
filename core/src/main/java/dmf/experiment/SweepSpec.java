package dmf.experiment;

import dmf.base.MemoryBudget;
import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.io.ConfigFiles;
import dmf.settings.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep: base settings, variants (e.g. one per solver), grid axes over any setting, and repeats
 * with derived seeds.
 *
 * <pre>
 * name = "fig1"
 * seed = 0          # root seed; problem_seed and the init seed of repeat r derive from it
 * repeats = 3
 * [base]
 * kind = "completion"
 * rows = 100
 * depth = 3
 * [grid]
 * observations = [1000, 2000, 3000]
 * depth = [2, 3, 4]
 * [[variants]]
 * solver = "dmf"
 * [[variants]]
 * solver = "nuclear"
 * </pre>
 *
 * <p>Within repeat r every run shares problem_seed (so depths and solvers see the same instances,
 * and observation sets are nested across sizes) and the init seed. Settings a solver does not use
 * are dropped before the run id is derived, so e.g. the depth axis does not multiply baseline runs.
 *
 * @param name the sweep's name
 * @param seed the root seed
 * @param repeats repeats per grid point
 * @param base base settings
 * @param grid axis name → values, expanded as a Cartesian product in order
 * @param variants partial settings, each merged onto the base before the grid (at least one)
 */
public record SweepSpec(
    String name,
    long seed,
    int repeats,
    Map<String, Object> base,
    Map<String, List<Object>> grid,
    List<Map<String, Object>> variants) {

  /** The root seed. */
  static final Setting<Long> ROOT_SEED =
      Setting.ofLong(
          "seed", 0, "root seed; problem_seed and the init seed of each repeat derive from it");

  /** Repeats per grid point. */
  static final Setting<Integer> REPEATS =
      Setting.ofInt("repeats", 1, "repeats per grid point").min(1).max(10_000);

  /** Most runs one sweep may hold: a larger grid is refused before it is expanded. */
  public static final long MAX_RUNS = 100_000;

  /** The sweep's name: the default folder results/NAME, so a plain folder name. */
  static final Setting<String> NAME =
      Setting.ofText("name", "sweep", "the sweep's name (default folder results/NAME)")
          .require(
              n -> n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}"),
              "a plain folder name of letters, digits, '.', '_' and '-' (not starting with '.'),"
                  + " at most 100 characters");

  /** Validates and copies. */
  public SweepSpec {
    NAME.parse(name);
    REPEATS.parse(repeats);
    base = new LinkedHashMap<>(base);
    grid = new LinkedHashMap<>(grid);
    variants = variants.isEmpty() ? List.of(Map.of()) : List.copyOf(variants);
  }

  /**
   * Reads a sweep spec file.
   *
   * @param file the TOML file
   * @return the spec
   */
  @SuppressWarnings("unchecked")
  public static SweepSpec read(Path file) {
    Map<String, Object> m = ConfigFiles.parseToml(file, "sweep file");
    if (m == null || m.isEmpty()) {
      throw new UserInputException(
          file + ": empty sweep file (it needs at least [base] settings or a [grid])");
    }
    Set<String> known = Set.of("name", "seed", "repeats", "base", "grid", "variants");
    for (String k : m.keySet()) {
      if (!known.contains(k)) {
        throw new UserInputException(file + ": unknown key '" + k + "' (known: " + known + ")");
      }
    }
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    Object g = m.getOrDefault("grid", Map.of());
    if (!(g instanceof Map)) {
      throw new UserInputException(file + ": [grid] must be a table of lists");
    }
    for (Map.Entry<String, Object> e : ((Map<String, Object>) g).entrySet()) {
      if (!(e.getValue() instanceof List) || ((List<?>) e.getValue()).isEmpty()) {
        throw new UserInputException(
            file + ": grid axis '" + e.getKey() + "' must be a non-empty list");
      }
      grid.put(e.getKey(), new ArrayList<>((List<Object>) e.getValue()));
    }
    Object b = m.getOrDefault("base", Map.of());
    Object v = m.getOrDefault("variants", List.of());
    if (!(b instanceof Map) || !(v instanceof List)) {
      throw new UserInputException(file + ": [base] must be a table and [[variants]] an array");
    }
    List<Map<String, Object>> variants = new ArrayList<>();
    for (Object o : (List<Object>) v) {
      if (!(o instanceof Map)) {
        throw new UserInputException(
            file + ": each [[variants]] entry must be a table, got " + String.valueOf(o));
      }
      variants.add(new LinkedHashMap<>((Map<String, Object>) o));
    }
    Object name =
        m.getOrDefault("name", file.getFileName().toString().replaceFirst("\\.toml$", ""));
    try {
      NAME.parse(name);
    } catch (UserInputException ex) {
      throw new UserInputException(file + ": " + ex.getMessage());
    }
    return new SweepSpec(
        String.valueOf(name),
        m.containsKey("seed") ? ROOT_SEED.parse(m.get("seed")) : ROOT_SEED.defaultValue(),
        m.containsKey("repeats") ? REPEATS.parse(m.get("repeats")) : REPEATS.defaultValue(),
        (Map<String, Object>) b,
        grid,
        variants);
  }

  /**
   * Expands the sweep into runs, resolving each through {@link RunSettings#resolve} (which
   * validates every setting) and dropping duplicates.
   *
   * @return the runs in a stable order
   * @throws UserInputException for a bad setting, a setting that no run of the sweep uses, or more
   *     than {@link #MAX_RUNS} runs
   */
  public List<RunSpec> expand() {
    long count = MemoryBudget.bytes(variants.size(), repeats);
    for (List<Object> axis : grid.values()) {
      count = MemoryBudget.bytes(count, axis.size());
    }
    if (count > MAX_RUNS) {
      throw new UserInputException(
          "sweep "
              + name
              + " would hold "
              + (count == Long.MAX_VALUE ? "more than 9e18" : Long.toString(count))
              + " runs ("
              + variants.size()
              + " variant(s) × grid "
              + (grid.isEmpty()
                  ? "1"
                  : String.join(
                      "×", grid.values().stream().map(a -> Integer.toString(a.size())).toList()))
              + " × "
              + repeats
              + " repeat(s)), more than the "
              + MAX_RUNS
              + " one sweep may hold; split it into several sweeps");
    }
    List<Map<String, Object>> points = new ArrayList<>();
    points.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<Object>> axis : grid.entrySet()) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> p : points) {
        for (Object value : axis.getValue()) {
          Map<String, Object> q = new LinkedHashMap<>(p);
          q.put(axis.getKey(), value);
          next.add(q);
        }
      }
      points = next;
    }
    Map<String, RunSpec> runs = new LinkedHashMap<>();
    Set<String> used = new LinkedHashSet<>();
    for (Map<String, Object> variant : variants) {
      for (Map<String, Object> point : points) {
        for (int r = 0; r < repeats; r++) {
          Map<String, Object> s = new LinkedHashMap<>(base);
          s.putAll(variant);
          s.putAll(point);
          long problemSeed =
              s.containsKey("problem_seed")
                  ? RandomStreams.childSeed(ROOT_SEED.parse(s.get("problem_seed")), "repeat-" + r)
                  : RandomStreams.childSeed(seed, "problem-" + r);
          long initSeed =
              s.containsKey("seed")
                  ? RandomStreams.childSeed(ROOT_SEED.parse(s.get("seed")), "repeat-" + r)
                  : RandomStreams.childSeed(seed, "init-" + r);
          s.put("problem_seed", problemSeed);
          s.put("seed", initSeed);
          s.put("repeat", (long) r);
          s.put("sweep", name);
          RunSpec run = RunSettings.resolve(s, false, used);
          runs.putIfAbsent(run.id(), run);
        }
      }
    }
    Set<String> given = new LinkedHashSet<>(base.keySet());
    given.addAll(grid.keySet());
    variants.forEach(v -> given.addAll(v.keySet()));
    given.removeAll(used);
    if (!given.isEmpty()) {
      String k = given.iterator().next();
      throw new UserInputException(
          "setting '"
              + k
              + "' is not used by any run of sweep "
              + name
              + " (no solver or problem"
              + " kind of the sweep has it)");
    }
    return List.copyOf(runs.values());
  }
}
