package dmf.experiment;

import dmf.base.Printout;
import dmf.base.UserInputException;
import dmf.io.OutputPaths;
import dmf.io.OutputPaths.Kind;
import dmf.io.data.Instances;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.problem.RatingsGenerator;
import dmf.problem.SensingProblem;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seeded synthetic instances written as instance folders, with the settings that made them as
 * metadata: any synthetic problem kind, sensing of a planted W* by measurement matrices from a
 * file, and ratings-shaped instances for scale work.
 */
public final class InstanceFolders {
  private InstanceFolders() {}

  /** The instance folder to write. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "instance folder to write").required();

  /** Measurement matrices from a file. */
  public static final Setting<Path> A_FROM =
      Setting.ofPath("a_from", "measurement matrices from an m×rows×cols .npy file");

  /** Where {@code dmf gen completion|ratings} writes. */
  public static final SettingsTable OPTIONS = SettingsTable.of("gen", OUT);

  /** Where {@code dmf gen sensing} writes, and what it may read. */
  public static final SettingsTable SENSING_OPTIONS = SettingsTable.of("gen sensing", OUT, A_FROM);

  /**
   * What {@code dmf gen completion|sensing} does: checks the folder, then writes the instance (a
   * sensing instance's measurements from {@link #A_FROM} when given).
   *
   * @param kind completion or sensing
   * @param o settings of {@link #OPTIONS} or {@link #SENSING_OPTIONS}
   * @param s settings of the kind's table
   * @return the line naming what was written
   * @throws UserInputException for a folder that holds something else, or settings that do not fit
   *     together
   */
  public static Printout write(ProblemKind kind, Settings o, Settings s) {
    Path out = o.get(OUT);
    boolean sensing = kind == ProblemKind.SENSING;
    String name = kind.table().name();
    requireOut(out, sensing ? Kind.SENSING_INSTANCE : Kind.COMPLETION_INSTANCE, "dmf gen " + name);
    Settings checked = kind.check(s);
    Path aFrom = sensing ? o.get(A_FROM) : null;
    Problem p = aFrom != null ? sensingFrom(checked, aFrom, out) : generate(kind, checked, out);
    return Printout.of(List.of("wrote " + out + ": " + p));
  }

  /**
   * What {@code dmf gen ratings} does.
   *
   * @param o settings of {@link #OPTIONS}
   * @param s settings of {@link RatingsGenerator#TABLE}
   * @return the line naming what was written
   */
  public static Printout writeRatings(Settings o, Settings s) {
    Path out = o.get(OUT);
    requireOut(out, Kind.COMPLETION_INSTANCE, "dmf gen ratings");
    return Printout.of(List.of("wrote " + out + ": " + ratings(s, out)));
  }

  /**
   * Checks the folder to write before anything is generated: absent, empty, or an instance folder
   * of the same kind to replace.
   */
  private static void requireOut(Path out, Kind kind, String command) {
    OutputPaths.requireFolder(
        out,
        "--out",
        Set.of(Kind.ABSENT, Kind.EMPTY, Kind.OTHER, kind),
        kind.text() + " (" + command + ")");
  }

  /**
   * @param kind a synthetic kind
   * @param s settings of the kind's table, checked ({@link ProblemKind#check})
   * @param out the instance folder to write
   * @return the problem written
   */
  public static Problem generate(ProblemKind kind, Settings s, Path out) {
    Problem p = kind.create(s);
    Instances.write(out, p, new LinkedHashMap<>(s.toMap()));
    return p;
  }

  /**
   * Sensing of the planted W* the settings describe by given measurement matrices (y = A(W*)); the
   * number of measurements is the file's.
   *
   * @param s checked settings of {@link ProblemKind#SENSING}
   * @param aFrom an m×rows×cols {@code .npy} file of measurement matrices
   * @param out the instance folder to write
   * @return the problem written
   * @throws UserInputException when the file cannot be read or its matrices do not fit W*
   */
  public static Problem sensingFrom(Settings s, Path aFrom, Path out) {
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
    Problem p = new SensingProblem(w.rows(), w.cols(), draft.measurements(), draft.measure(w), w);
    Instances.write(out, p, new LinkedHashMap<>(s.with(Map.of("measurements", m)).toMap()));
    return p;
  }

  /**
   * A ratings-shaped instance ({@link RatingsGenerator}); its metadata also holds the noise level
   * as {@code rmse_floor}, the best RMSE a model can reach.
   *
   * @param s settings of {@link RatingsGenerator#TABLE}
   * @param out the instance folder to write
   * @return the problem written
   */
  public static Problem ratings(Settings s, Path out) {
    Map<String, Object> meta = new LinkedHashMap<>(s.toMap());
    meta.put("rmse_floor", s.get(RatingsGenerator.NOISE));
    Problem p = RatingsGenerator.generate(s);
    Instances.write(out, p, meta);
    return p;
  }
}
