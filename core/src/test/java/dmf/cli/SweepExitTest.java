package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.experiment.RunFailure;
import dmf.experiment.RunFailure.Cause;
import dmf.experiment.SweepRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sweep's exit code and its one line: 0 without failures, 2 when a run failed on the user's input
 * (named first, whatever else failed), 1 when runs failed only for other reasons.
 */
class SweepExitTest {
  static String[] report(Map<String, RunFailure> failures, int[] code) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code[0] =
          TableCommand.print(
              new SweepRunner.Result(5, 5, failures).printout(List.of(), Path.of("results/x")));
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
  }

  static RunFailure f(Cause c, String msg) {
    return new RunFailure(c, msg, c == Cause.INTERNAL ? "trace" : "");
  }

  @Test
  void exitCodesAndTheOneLine() {
    int[] code = new int[1];
    assertEquals(0, report(Map.of(), code).length);
    assertEquals(0, code[0]);

    Map<String, RunFailure> internal = new LinkedHashMap<>();
    internal.put("aaa", f(Cause.INTERNAL, "IllegalStateException: boom"));
    String[] lines = report(internal, code);
    assertEquals(1, code[0]);
    assertEquals(
        List.of("dmf: run aaa failed (internal): IllegalStateException: boom"), List.of(lines));

    Map<String, RunFailure> mixed = new LinkedHashMap<>();
    mixed.put("aaa", f(Cause.INTERNAL, "IllegalStateException: boom"));
    mixed.put("bbb", f(Cause.MACHINE, "cannot write x: no space left on device"));
    mixed.put("ccc", f(Cause.USER, "corrupt/rows.npy: not an npy file (bad magic)"));
    lines = report(mixed, code);
    assertEquals(2, code[0]);
    assertEquals(
        "dmf: 3 runs failed; run ccc failed (user): corrupt/rows.npy: not an npy file (bad magic)"
            + " (all: dmf results list results/x)",
        lines[0]);
    assertEquals(3, lines.length);
    assertTrue(lines[1].startsWith("  run bbb (machine): cannot write x"), lines[1]);
    assertTrue(lines[2].startsWith("  run aaa (internal)"), lines[2]);

    Map<String, RunFailure> machine = Map.of("ddd", f(Cause.MACHINE, "no space left on device"));
    lines = report(machine, code);
    assertEquals(1, code[0]);
    assertTrue(lines[0].contains("(machine): no space left on device"), lines[0]);
  }
}
