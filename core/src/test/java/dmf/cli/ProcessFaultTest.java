package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.experiment.RunSpec;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.testing.Child;
import dmf.testing.Sweeps;
import dmf.testing.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults with real processes (slow: each starts JVMs): two sweeps at once on one folder, one of
 * them killed with SIGKILL, a full disk, and hostile command lines whose exit code and stderr are
 * those of a real process.
 */
@Tag("slow")
class ProcessFaultTest {
  @TempDir Path dir;

  static final String SPEC =
      "name = \"two\"\nrepeats = 4\n[base]\nrows = 30\ncols = 30\nrank = 2\nobservations = 300\n"
          + "max_iters = 3000\nlog_every = 500\n[grid]\ndepth = [1, 2, 3]\n";

  Path spec() throws Exception {
    return Files.writeString(dir.resolve("spec.toml"), SPEC);
  }

  static final Pattern EXECUTED = Pattern.compile("(\\d+) runs \\((\\d+) executed now\\)");

  static int executed(Child c) {
    Matcher m = EXECUTED.matcher(c.out);
    assertTrue(m.find(), c.out + c.err);
    return Integer.parseInt(m.group(2));
  }

  Map<String, Object> singleSweep(Path spec) throws Exception {
    List<RunSpec> runs = SweepSpec.read(spec).expand();
    Path single = dir.resolve("single");
    new SweepRunner(single, 2).run(runs, (a, b, c, d, e, f) -> {});
    return Sweeps.content(single);
  }

  @Test
  void twoProcessesOnOneFolderExecuteEachRunOnce() throws Exception {
    Path spec = spec();
    Path shared = dir.resolve("shared");
    Path logs = dir.resolve("logs");
    String[] args = {"sweep", spec.toString(), "--out", shared.toString(), "--workers", "1"};
    Process a = Child.start(logs, "a", args);
    Process b = Child.start(logs, "b", args);
    Child ca = Child.await(a, logs, "a", 300);
    Child cb = Child.await(b, logs, "b", 300);
    assertEquals(0, ca.exit, ca.err);
    assertEquals(0, cb.exit, cb.err);
    assertEquals(12, executed(ca) + executed(cb), ca.out + cb.out);
    assertEquals(singleSweep(spec), Sweeps.content(shared));
  }

  @Test
  void aSweepKilledWithSigkillLeavesNoClaimToWaitForever() throws Exception {
    Path spec = spec();
    Path shared = dir.resolve("shared");
    Path logs = dir.resolve("logs");
    String[] args = {"sweep", spec.toString(), "--out", shared.toString(), "--workers", "1"};
    Process victim = Child.start(logs, "victim", args);
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (Sweeps.completed(shared) < 2 && victim.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Process survivor = Child.start(logs, "survivor", args);
    Thread.sleep(1500); // the survivor finds the victim's claim held
    assumeTrue(victim.isAlive(), "the victim finished before it could be killed");
    victim.destroyForcibly().waitFor(); // SIGKILL: its claim is released by the system alone
    Child s = Child.await(survivor, logs, "survivor", 300);
    assertEquals(0, s.exit, s.err);
    assertEquals(12, Sweeps.completed(shared));
    Map<String, Object> got = Sweeps.content(shared);
    assertEquals(singleSweep(spec), got);
  }

  @Test
  void diskFullInARealProcessIsOneLineWithExitOne() throws Exception {
    Optional<Tmpfs> t = Tmpfs.mount(dir.resolve("mnt"), "1m");
    assumeTrue(t.isPresent(), "cannot mount a tmpfs here (needs root)");
    try (Tmpfs fs = t.get()) {
      fs.fill(120_000);
      Path out = fs.dir().resolve("sweep");
      Path spec = spec();
      Child c = Child.run(dir.resolve("logs"), "full", "sweep", spec.toString(), "--out", out + "");
      assertEquals(1, c.exit, c.err);
      assertOneLine(c.err, "no space left on device");
      fs.resize("64m");
      Child again =
          Child.run(dir.resolve("logs"), "again", "sweep", spec.toString(), "--out", out + "");
      assertEquals(0, again.exit, again.err);
      assertEquals(singleSweep(spec), Sweeps.content(out));
    }
  }

  @Test
  void hostileCommandLinesInARealProcess() throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.db"), "not a database");
    Path spec =
        Files.writeString(
            dir.resolve("bad.toml"),
            "name = \"b\"\n[base]\nkind = \"instance\"\ninstance = \"" + dir + "\"\n");
    String[][] cases = {
      {
        "2",
        "W* would be a dense 100000x100000 matrix",
        "gen",
        "sensing",
        "--rows",
        "100000",
        "--cols",
        "100000",
        "--out",
        dir + "/g"
      },
      {"2", "not a results database (not SQLite)", "results", "list", garbage.toString()},
      {
        "2",
        "--workers 0: workers must be ≥ 1, ≤ 1024, got 0",
        "sweep",
        spec.toString(),
        "--workers",
        "0"
      },
      {
        "2",
        "expected rows.npy/cols.npy/values.npy or A.npy/y.npy",
        "sweep",
        spec.toString(),
        "--out",
        dir + "/s"
      },
      {"2", "--out must name a folder", "gen", "sensing", "--out", ""},
    };
    int i = 0;
    for (String[] c : cases) {
      String[] args = Arrays.copyOfRange(c, 2, c.length);
      Child r = Child.run(dir.resolve("logs"), "case" + i++, args);
      assertEquals(Integer.parseInt(c[0]), r.exit, String.join(" ", args) + ": " + r.err);
      assertOneLine(r.err, c[1]);
    }
  }

  static void assertOneLine(String err, String fragment) {
    List<String> lines = err.lines().filter(l -> l.startsWith("dmf:")).toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).contains(fragment), lines.get(0));
    assertTrue(
        err.lines().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception in thread")),
        err);
  }
}
