package dmf.cli;

import dmf.experiment.InstanceFolders;
import dmf.experiment.ProblemKind;
import dmf.io.OutputPaths;
import dmf.io.OutputPaths.Kind;
import dmf.problem.Problem;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code dmf gen completion|sensing|ratings}: seeded synthetic instances, with the settings (and
 * flags) of the problem kinds a sweep can name.
 */
final class GenCommand {
  private GenCommand() {}

  /** {@code dmf gen} itself: it needs one of the instance commands (added by {@link Main}). */
  @Command(name = "gen")
  static final class Group {}

  @Command(name = "completion")
  static int completion(
      @Option(names = "--out", required = true) Path out, @Mixin SettingsSources src) {
    Settings s = ProblemKind.COMPLETION.check(settings(out, src, Kind.COMPLETION_INSTANCE));
    return wrote(out, InstanceFolders.generate(ProblemKind.COMPLETION, s, out));
  }

  @Command(name = "sensing")
  static int sensing(
      @Option(names = "--out", required = true) Path out,
      @Mixin SettingsSources src,
      @Option(names = "--a-from") Path aFrom) {
    Settings s = ProblemKind.SENSING.check(settings(out, src, Kind.SENSING_INSTANCE));
    return wrote(
        out,
        aFrom == null
            ? InstanceFolders.generate(ProblemKind.SENSING, s, out)
            : InstanceFolders.sensingFrom(s, aFrom, out));
  }

  @Command(name = "ratings")
  static int ratings(
      @Option(names = "--out", required = true) Path out, @Mixin SettingsSources src) {
    return wrote(out, InstanceFolders.ratings(settings(out, src, Kind.COMPLETION_INSTANCE), out));
  }

  /** The settings, and --out checked before anything is generated. */
  private static Settings settings(Path out, SettingsSources src, Kind kind) {
    String what = kind.text() + " (dmf gen " + src.spec.name() + ")";
    OutputPaths.requireFolder(
        out, "--out", Set.of(Kind.ABSENT, Kind.EMPTY, Kind.OTHER, kind), what);
    return src.resolve();
  }

  private static int wrote(Path out, Problem p) {
    System.out.println("wrote " + out + ": " + p);
    return 0;
  }
}
