package dmf.cli;

import static dmf.cli.BadInputTest.expectUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command is made from settings tables: no command declares a flag of its own (only -h, -V,
 * --config and --set come from the command line), every help prints, and operands are validated
 * like flags.
 */
class TableCommandTest {
  @TempDir Path dir;

  private static final Set<String> OWN = Set.of("--help", "--version", "--config", "--set");

  /** The leaf commands of the tree, by their path. */
  private static void leaves(CommandLine c, List<CommandLine> out) {
    if (c.getSubcommands().isEmpty()) {
      out.add(c);
    }
    c.getSubcommands().values().stream().distinct().forEach(s -> leaves(s, out));
  }

  @Test
  void everyCommandIsATableCommandAndItsHelpPrints() {
    List<CommandLine> all = new ArrayList<>();
    leaves(Main.tree(), all);
    assertTrue(all.size() >= 25, "commands: " + all.size());
    for (CommandLine c : all) {
      String path = c.getCommandSpec().qualifiedName();
      if (path.equals("dmf help")) {
        continue;
      }
      assertTrue(c.getCommand() instanceof TableCommand, path + " is not a TableCommand");
      for (OptionSpec o : c.getCommandSpec().options()) {
        String name = o.longestName();
        assertTrue(
            OWN.contains(name) || !o.description()[0].isEmpty(),
            path + " " + name + " has no description");
      }
      String[] args = (path.substring("dmf ".length()) + " --help").split(" ");
      Cli r = Cli.run(args);
      assertEquals(0, r.exit, path + ": " + r.err);
      assertTrue(r.out.startsWith("Usage: " + path), path + ": " + r.out);
      assertTrue(r.out.contains("-h, --help"), path + ": " + r.out);
    }
  }

  @Test
  void theSettingsOfTheTablesAreTheFlagsAndOperands() {
    String h = Cli.run("reproduce", "--help").out;
    assertTrue(h.contains("NAME") && h.contains("fig1, fig2, sensing"), h);
    assertTrue(h.contains("--workers=WORKERS") && h.contains("≥ 1, ≤ 1024"), h);
    String serve = Cli.run("serve", "--help").out;
    assertTrue(
        serve.contains("[DIRS...]") && serve.contains("(default 8080; ≥ 0, ≤ 65535)"), serve);
  }

  @Test
  void operandsAndFlagsAreValidatedBeforeAnythingRuns() {
    Cli r = Cli.run("reproduce");
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.startsWith("dmf: Missing required parameter: 'NAME'"), r.err);
    assertEquals(1, r.err.strip().lines().count(), r.err);
    expectUserError(Cli.run("serve", "--port", "70000"), "--port 70000: port must be");
    expectUserError(Cli.run("reproduce", "fig1", "--workers", "0"), "--workers 0: workers must be");
    expectUserError(
        Cli.run("sweep", dir.resolve("s.toml").toString(), "--conf", "novalue"),
        "--conf novalue: conf must be KEY=VALUE, got 'novalue'");
    Path out = dir.resolve("r");
    expectUserError(
        Cli.run("recommend", "--model", dir.toString(), "--top", "0", "--out", out.toString()),
        "--top 0: top must be ≥ 1, got 0");
    assertTrue(Files.notExists(out));
  }
}
