package dmf.cli;

import dmf.experiment.InstanceFolders;
import dmf.experiment.ProblemKind;
import dmf.io.OutputPaths;
import dmf.io.OutputPaths.Kind;
import dmf.problem.Problem;
import dmf.problem.RatingsGenerator;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dmf gen completion|sensing|ratings}: seeded synthetic instances, with the settings (and
 * flags) of the problem kinds a sweep can name.
 */
@Command(
    name = "gen",
    subcommands = {GenCommand.Completion.class, GenCommand.Sensing.class, GenCommand.Ratings.class})
final class GenCommand {

  /** What the instance commands share: the output folder and the settings sources. */
  abstract static class Base implements Callable<Integer>, TableOptions.Backed {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true)
    Path out;

    @Mixin SettingsSources sources;

    @Override
    public Map<String, List<String>> aliases() {
      return Map.of("problem_seed", List.of("--seed"), "symmetric", List.of("--psd"));
    }

    /** The settings, and --out checked before anything is generated. */
    Settings settings(Kind kind) {
      String what = kind.text() + " (dmf gen " + spec.name() + ")";
      OutputPaths.requireFolder(
          out, "--out", Set.of(Kind.ABSENT, Kind.EMPTY, Kind.OTHER, kind), what);
      return sources.layers().flags(TableOptions.given(spec, table())).resolve(table());
    }

    int wrote(Problem p) {
      System.out.println("wrote " + out + ": " + p);
      return 0;
    }
  }

  @Command(name = "completion")
  static final class Completion extends Base {
    @Override
    public SettingsTable table() {
      return ProblemKind.COMPLETION.table();
    }

    @Override
    public Integer call() {
      Settings s = ProblemKind.COMPLETION.check(settings(Kind.COMPLETION_INSTANCE));
      return wrote(InstanceFolders.generate(ProblemKind.COMPLETION, s, out));
    }
  }

  @Command(name = "sensing")
  static final class Sensing extends Base {
    @Option(names = "--a-from")
    Path aFrom;

    @Override
    public SettingsTable table() {
      return ProblemKind.SENSING.table();
    }

    @Override
    public Integer call() {
      Settings s = ProblemKind.SENSING.check(settings(Kind.SENSING_INSTANCE));
      return wrote(
          aFrom == null
              ? InstanceFolders.generate(ProblemKind.SENSING, s, out)
              : InstanceFolders.sensingFrom(s, aFrom, out));
    }
  }

  @Command(name = "ratings")
  static final class Ratings extends Base {
    @Override
    public SettingsTable table() {
      return RatingsGenerator.TABLE;
    }

    @Override
    public Map<String, List<String>> aliases() {
      return Map.of();
    }

    @Override
    public Integer call() {
      return wrote(InstanceFolders.ratings(settings(Kind.COMPLETION_INSTANCE), out));
    }
  }
}
