package dmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages form layers: each may use only itself and the layers before it. Checked on the source
 * of every main class (imports and fully qualified references to dmf.*).
 */
class LayeringTest {
  static final List<String> LAYERS = List.of("base", "linalg", "problem", "metrics", "optim",
      "model", "baseline", "io", "experiment", "plot", "cli");
  static final Pattern REF = Pattern.compile("\\bdmf\\.([a-z]+)\\.[A-Za-z]");

  @Test
  void everyPackageUsesOnlyLowerLayers() throws IOException {
    Path root = Path.of("src/main/java/dmf");
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))::iterator) {
        files++;
        String pkg = root.relativize(f).getName(0).toString();
        int own = LAYERS.indexOf(pkg);
        assertTrue(own >= 0, "package dmf." + pkg + " is not in the layer list");
        Matcher m = REF.matcher(Files.readString(f));
        while (m.find()) {
          int used = LAYERS.indexOf(m.group(1));
          if (used > own) {
            violations.add(f + " uses dmf." + m.group(1));
          }
        }
      }
    }
    assertTrue(files > 20);
    assertEquals(List.of(), violations);
  }

  @Test
  void libraryCodeNeverPrints() throws IOException {
    Path root = Path.of("src/main/java/dmf");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))::iterator) {
        if (f.toString().contains("/cli/")) {
          continue;
        }
        String text = Files.readString(f);
        if (text.contains("System.out") || text.contains("System.err")
            || text.contains("printStackTrace")) {
          violations.add(f.toString());
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
