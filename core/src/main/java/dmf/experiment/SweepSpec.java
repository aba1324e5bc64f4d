package dmf.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

  /** Validates and copies. */
  public SweepSpec {
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
    Map<String, Object> m;
    try {
      m = new TomlMapper().readValue(Files.readString(file), LinkedHashMap.class);
    } catch (NoSuchFileException ex) {
      throw new UserInputException(file + ": no such sweep file");
    } catch (JsonProcessingException ex) {
      throw new UserInputException(
          file
              + ": invalid TOML at line "
              + ex.getLocation().getLineNr()
              + ": "
              + ex.getOriginalMessage());
    } catch (IOException ex) {
      throw new UserInputException(file + ": cannot read (" + ex.getMessage() + ")");
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
      variants.add(new LinkedHashMap<>((Map<String, Object>) o));
    }
    String name =
        String.valueOf(
            m.getOrDefault("name", file.getFileName().toString().replaceFirst("\\.toml$", "")));
    return new SweepSpec(
        name,
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
   * @throws UserInputException for a bad setting, or a setting that no run of the sweep uses
   */
  public List<RunSpec> expand() {
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
