package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunFilterTest {
  static RunEntry run(String name, int depth, double error, String optimizer, String status) {
    return new RunEntry(
        "0/runs/" + name,
        name,
        "0",
        Path.of("/x/runs/" + name),
        status,
        Map.of("depth", depth, "optimizer", optimizer, "lr", "1e-3"),
        Map.of("test_error", error, "stop_reason", "converged"),
        Map.of());
  }

  static final List<RunEntry> RUNS =
      List.of(
          run("a", 2, 0.05, "gd", "completed"),
          run("b", 3, 2e-5, "grouprmsprop", "completed"),
          run("c", 3, 0.5, "gd", "failed"),
          run("d", 4, 3e-5, "adam", "running"));

  static List<String> match(String expression) {
    RunFilter.Parsed f = RunFilter.parse(expression);
    return RUNS.stream().filter(f.test()).map(RunEntry::name).toList();
  }

  @Test
  void comparesNumbersAsNumbersAndTextIgnoringCase() {
    assertEquals(List.of("b"), match("depth=3 and test_error<1e-3"));
    assertEquals(List.of("b", "c", "d"), match("depth >= 3"));
    assertEquals(List.of("a", "c", "d"), match("depth != 3 or test_error > 0.1"));
    assertEquals(List.of("a", "c"), match("optimizer = GD"));
    assertEquals(List.of("b"), match("optimizer ~ rms"));
    assertEquals(List.of("c"), match("status='failed'"));
    assertEquals(List.of("a", "b", "d"), match("not status=\"failed\""));
    assertEquals(List.of("d"), match("run=d"));
    assertEquals(List.of("a", "b", "c", "d"), match("lr == 0.001"), "numeric text is a number");
    assertEquals(List.of("a", "b", "c", "d"), match("  "));
  }

  @Test
  void andBindsTighterThanOrAndParenthesesGroup() {
    assertEquals(List.of("a", "b"), match("depth=2 or depth=3 and test_error<1e-3"));
    assertEquals(List.of("b"), match("(depth=2 or depth=3) and test_error<1e-3"));
    assertEquals(List.of("a", "c", "d"), match("not (depth=3 and optimizer=grouprmsprop)"));
  }

  @Test
  void aMissingColumnMatchesOnlyNotEqual() {
    assertEquals(List.of(), match("width=3"));
    assertEquals(List.of("a", "b", "c", "d"), match("width!=3"));
    assertEquals(List.of("a", "b", "c", "d"), match("summary.stop_reason=converged"));
    assertEquals(List.of("b", "c"), match("settings.depth=3"));
  }

  @Test
  void reportsWhereTheSyntaxBreaks() {
    for (String[] c :
        new String[][] {
          {"depth=3 and", "expected a column name at position 12"},
          {"depth 3", "expected an operator"},
          {"depth=", "expected a value after 'depth='"},
          {"depth=<3", "expected a value after 'depth='"},
          {"(depth=3", "missing ')'"},
          {"depth=3)", "unexpected ')'"},
          {"depth=3 $", "cannot read '$'"},
        }) {
      UserInputException e = assertThrows(UserInputException.class, () -> RunFilter.parse(c[0]));
      assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
    }
  }

  @Test
  void namesTheColumnsItUses() {
    assertEquals(
        Set.of("depth", "test_error"), RunFilter.parse("depth=3 and test_error<1").names());
  }
}
