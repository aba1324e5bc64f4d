package dmf.experiment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sizes that cannot work are refused before anything is allocated, naming the need. */
class RunLimitsTest {
  static RunSpec run(String solver, Map<String, Object> problem, Map<String, Object> settings) {
    Settings p = ProblemKind.COMPLETION.table().resolve(problem);
    Settings s = Solvers.find(solver).table().resolve(settings);
    return RunSpec.of(ProblemKind.COMPLETION, p, solver, s, Map.of());
  }

  static String refusal(Runnable r) {
    return assertThrows(UserInputException.class, r::run).getMessage();
  }

  @Test
  void denseMatricesPastAJavaArrayAreRefused() {
    String m = refusal(() -> run("dmf", Map.of("rows", 100_000, "cols", 100_000), Map.of()));
    // W* of that size is held as its factors; the full-width model's first factor is refused.
    assertTrue(m.startsWith("factor W_1 would be a dense 100000x100000 matrix of 74.5 GiB"), m);
    m =
        refusal(
            () ->
                RunSpec.of(
                    ProblemKind.SENSING,
                    ProblemKind.SENSING.table().resolve(Map.of("rows", 100_000, "cols", 100_000)),
                    "dmf",
                    Solvers.find("dmf").table().resolve(Map.of()),
                    Map.of()));
    assertTrue(m.startsWith("W* would be a dense 100000x100000 matrix of 74.5 GiB"), m);
    m = refusal(() -> run("dmf", Map.of(), Map.of("widths", "100000,100000")));
    assertTrue(m.startsWith("factor W_2 would be a dense 100000x100000 matrix"), m);
  }

  @Test
  void workThatCannotFitTheHeapIsRefusedWithItsNeed() {
    String m = refusal(() -> run("dmf", Map.of(), Map.of("depth", 100_000)));
    assertTrue(m.startsWith("solver dmf on a 100x100 completion problem needs about"), m);
    assertTrue(m.contains("DMF_JAVA_OPTS=-Xmx"), m);
    m = refusal(() -> run("als", Map.of(), Map.of("als_rank", 101)));
    assertTrue(m.startsWith("als_rank = 101 exceeds min(rows, cols) = 100"), m);
  }

  @Test
  void ordinarySizesPass() {
    assertDoesNotThrow(() -> run("dmf", Map.of(), Map.of("depth", 10)));
    assertDoesNotThrow(() -> run("als", Map.of(), Map.of("als_rank", 100)));
    assertDoesNotThrow(() -> run("nuclear", Map.of("rows", 300, "cols", 300), Map.of()));
  }

  @Test
  void estimatesGrowWithTheProblem() {
    Settings s = Solvers.find("svt").table().defaults();
    assertTrue(RunLimits.solver("svt", s, 200, 200) > 3.9 * RunLimits.solver("svt", s, 100, 100));
    Settings d = Solvers.find("dmf").table().resolve(Map.of("depth", 6));
    Settings d3 = Solvers.find("dmf").table().resolve(Map.of("depth", 3));
    assertTrue(RunLimits.solver("dmf", d, 100, 100) > RunLimits.solver("dmf", d3, 100, 100));
  }

  @Test
  void parallelRunsMustFitTheHeapTogether() {
    double usable = 0.85 * Runtime.getRuntime().maxMemory();
    RunSpec big = null;
    for (int n = 500; n < 40_000; n += 250) {
      RunSpec r = run("svt", Map.of("rows", n, "cols", n, "observations", 1000), Map.of());
      if (RunLimits.bytes(r) > 0.3 * usable) {
        big = r;
        break;
      }
    }
    assertTrue(big != null && RunLimits.bytes(big) < usable, "a run that fits alone");
    List<RunSpec> four = List.of(big, big, big, big);
    RunLimits.requireParallel(four, 1);
    RunLimits.requireParallel(four.subList(0, 1), 8);
    String m = refusal(() -> RunLimits.requireParallel(four, 4));
    assertTrue(m.startsWith("running the largest 4 runs side by side (--workers 4;"), m);
  }
}
