package dmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages form layers, lowest first. A package may use only packages of lower layers: never one of
 * a higher layer (upward), never a sibling of its own layer (sideways), so the graph has no cycle.
 * Each package's {@code package-info.java} says in a "May import:" sentence which packages it uses;
 * the test checks that the sentence is true (every import is declared) and allowed (every declared
 * package is of a lower layer).
 */
class LayeringTest {
  /** The layers, lowest first; packages of one layer are siblings and may not use each other. */
  static final List<List<String>> LAYERS =
      List.of(
          List.of("base"),
          List.of("settings"),
          List.of("linalg"),
          List.of("problem"),
          List.of("optim", "metrics"),
          List.of("deep", "symmetric", "baseline"),
          List.of("io"),
          List.of("io.npy", "io.provenance"),
          List.of("io.data", "io.store"),
          List.of("plot"),
          List.of("experiment"),
          List.of("paper", "theory", "bench", "ratings"),
          List.of("paper.arora", "paper.gunasekar"),
          List.of("serve"),
          List.of("api"),
          List.of("cli"),
          // The Spark module (spark/), above the whole core; the core never uses it.
          List.of("spark"),
          List.of("spark.sweep", "spark.ml"),
          List.of("spark.cli"));

  static final Path ROOT = Path.of("src/main/java/dmf");

  /** Every module's source root; the Spark module's packages are checked with the core's. */
  static final List<Path> ROOTS = List.of(ROOT, Path.of("../spark/src/main/java/dmf"));

  static final Pattern REF = Pattern.compile("\\bdmf\\.((?:[a-z0-9]+\\.)*[a-z0-9]+)\\.[A-Z]");
  static final Pattern MAY_IMPORT = Pattern.compile("May import:(.*?)\\.(?:\\s|$)");

  static int layerOf(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

  /** package (relative to dmf) → the dmf packages its main sources reference. */
  static Map<String, Set<String>> references() throws IOException {
    Map<String, Set<String>> refs = new TreeMap<>();
    for (Path root : ROOTS) {
      if (Files.isDirectory(root)) {
        references(root, refs);
      }
    }
    return refs;
  }

  private static void references(Path root, Map<String, Set<String>> refs) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
        Set<String> used = refs.computeIfAbsent(pkg, k -> new TreeSet<>());
        if (f.getFileName().toString().equals("package-info.java")) {
          continue;
        }
        Matcher m = REF.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            used.add(m.group(1));
          }
        }
      }
    }
  }

  /** package (relative to dmf) → its folder, in whichever module holds it. */
  static Path folderOf(String pkg) {
    for (Path root : ROOTS) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    return ROOT.resolve(pkg.replace('.', '/'));
  }

  @Test
  void everyPackageUsesOnlyLowerLayers() throws IOException {
    Map<String, Set<String>> refs = references();
    assertTrue(refs.size() > 15, "found " + refs.keySet());
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : refs.entrySet()) {
      int own = layerOf(e.getKey());
      assertTrue(own >= 0, "package dmf." + e.getKey() + " is not in the layer list");
      for (String used : e.getValue()) {
        int layer = layerOf(used);
        if (layer < 0 || layer >= own) {
          violations.add(
              "dmf." + e.getKey() + " uses dmf." + used + (layer == own ? " (sideways)" : ""));
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void packageInfoDeclaresWhatEachPackageImports() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : references().entrySet()) {
      Path info = folderOf(e.getKey()).resolve("package-info.java");
      if (!Files.isRegularFile(info)) {
        problems.add("dmf." + e.getKey() + " has no package-info.java");
        continue;
      }
      String text = Files.readString(info).replaceAll("\\s*\\*\\s*", " ");
      Matcher m = MAY_IMPORT.matcher(text);
      if (!m.find()) {
        problems.add(info + " has no 'May import: ….' sentence");
        continue;
      }
      Set<String> declared =
          Arrays.stream(m.group(1).split("[,\\s]+"))
              .map(String::trim)
              .filter(w -> !w.isEmpty() && !w.equals("and") && !w.equals("nothing"))
              .map(w -> w.startsWith("dmf.") ? w.substring(4) : w)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> undeclared = new TreeSet<>(e.getValue());
      undeclared.removeAll(declared);
      if (!undeclared.isEmpty()) {
        problems.add("dmf." + e.getKey() + " uses " + undeclared + " without declaring it");
      }
      int own = layerOf(e.getKey());
      for (String d : declared) {
        int layer = layerOf(d);
        if (layer < 0 || layer >= own) {
          problems.add("dmf." + e.getKey() + " declares dmf." + d + ", which it may not use");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void libraryCodeNeverPrints() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      if (f.toString().contains("/cli/")) {
        continue;
      }
      String text = Files.readString(f);
      if (text.contains("System.out")
          || text.contains("System.err")
          || text.contains("printStackTrace()")) {
        violations.add(f.toString());
      }
    }
    assertEquals(List.of(), violations);
  }

  /** The core jar stays free of Spark: no core source names Spark or Scala. */
  @Test
  void theCoreNeverUsesSpark() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> s = Files.walk(ROOT)) {
      for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))::iterator) {
        if (Pattern.compile("\\b(org\\.apache\\.spark|scala)\\.")
            .matcher(Files.readString(f))
            .find()) {
          violations.add(f.toString());
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static List<Path> sources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : ROOTS) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
      }
    }
    return files;
  }
}
