package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.ProblemKind;
import dmf.io.OutputPaths;
import dmf.io.OutputPaths.Kind;
import dmf.io.data.Instances;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.problem.RatingsGenerator;
import dmf.problem.SensingProblem;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
    description = "Generate a synthetic instance folder (NumPy files).",
    subcommands = {GenCommand.Completion.class, GenCommand.Sensing.class, GenCommand.Ratings.class})
final class GenCommand {

  /** What both problem types share: the output folder and the settings sources. */
  abstract static class Base implements Callable<Integer>, TableOptions.Backed {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, description = "instance folder to write")
    Path out;

    @Mixin SettingsSources sources;

    @Override
    public Map<String, List<String>> aliases() {
      return Map.of("problem_seed", List.of("--seed"), "symmetric", List.of("--psd"));
    }

    /**
     * @return the kind of instance folder this command writes
     */
    abstract OutputPaths.Kind kind();

    /** The settings, and --out checked before anything is generated. */
    Settings settings() {
      OutputPaths.requireFolder(
          out,
          "--out",
          Set.of(Kind.ABSENT, Kind.EMPTY, Kind.OTHER, kind()),
          kind().text() + " (dmf gen " + spec.name() + ")");
      return sources
          .layers(TableOptions.given(spec.commandLine().getParseResult(), table()))
          .resolve(table());
    }

    int write(Problem p, Settings s) {
      Map<String, Object> meta = new LinkedHashMap<>(s.toMap());
      Instances.write(out, p, meta);
      System.out.println("wrote " + out + ": " + p);
      return 0;
    }
  }

  @Command(name = "completion", description = "Low-rank W* and uniformly sampled observed entries.")
  static final class Completion extends Base {
    @Override
    OutputPaths.Kind kind() {
      return Kind.COMPLETION_INSTANCE;
    }

    @Override
    public SettingsTable table() {
      return ProblemKind.COMPLETION.table();
    }

    @Override
    public Integer call() {
      Settings s = ProblemKind.COMPLETION.check(settings());
      return write(ProblemKind.COMPLETION.create(s), s);
    }
  }

  @Command(name = "sensing", description = "Low-rank W* and Gaussian (or given) measurements.")
  static final class Sensing extends Base {
    @Option(names = "--a-from", description = "measurement matrices from an m×rows×cols .npy file")
    Path aFrom;

    @Override
    OutputPaths.Kind kind() {
      return Kind.SENSING_INSTANCE;
    }

    @Override
    public SettingsTable table() {
      return ProblemKind.SENSING.table();
    }

    @Override
    public Integer call() {
      Settings s = ProblemKind.SENSING.check(settings());
      if (aFrom == null) {
        return write(ProblemKind.SENSING.create(s), s);
      }
      NpyArray a = Npy.read(aFrom).requireRank(3, aFrom.toString());
      Mat w = ProblemKind.SENSING.groundTruth(s);
      if (a.dim(1) != w.rows() || a.dim(2) != w.cols()) {
        throw new UserInputException(
            aFrom
                + ": matrices are "
                + a.dim(1)
                + "x"
                + a.dim(2)
                + " but W* is "
                + w.rows()
                + "x"
                + w.cols());
      }
      int m = (int) a.dim(0);
      SensingProblem draft =
          SensingProblem.fromRowMajor(w.rows(), w.cols(), m, a.asDoubles(), new double[m], w);
      Settings given = s.with(Map.of("measurements", m));
      return write(
          new SensingProblem(w.rows(), w.cols(), draft.measurements(), draft.measure(w), w), given);
    }
  }

  @Command(
      name = "ratings",
      description =
          "A ratings-shaped instance for scale work: power-law user and item activity, a planted"
              + " rank-r matrix plus Gaussian noise around 3.5 (float32, no w_star.npy; W* as"
              + " u_star.npy/v_star.npy).")
  static final class Ratings extends Base {
    @Override
    OutputPaths.Kind kind() {
      return Kind.COMPLETION_INSTANCE;
    }

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
      Settings s = settings();
      Map<String, Object> meta = new LinkedHashMap<>(s.toMap());
      meta.put("rmse_floor", s.get(RatingsGenerator.NOISE));
      Problem p = RatingsGenerator.generate(s);
      Instances.write(out, p, meta);
      System.out.println("wrote " + out + ": " + p);
      return 0;
    }
  }
}
