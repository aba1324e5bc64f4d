package dmf.experiment;

import dmf.base.MemoryBudget;
import dmf.base.RandomStreams;
import dmf.base.UserInputException;
import dmf.io.OutputPaths;
import dmf.io.data.Instances;
import dmf.io.data.Ratings;
import dmf.io.data.RatingsTable;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.PsdGenerators;
import dmf.settings.Choice;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The problems a run can name in its {@code kind} setting, each with its settings table: seeded
 * synthetic completion and sensing (Arora et al. 2019), PSD sensing (Gunasekar et al. 2017), a
 * rating file, or an instance folder on disk. The same settings always give the same bits.
 */
public enum ProblemKind implements Choice {
  /** Matrix completion of a synthetic low-rank W*. */
  COMPLETION(ProblemTables.COMPLETION),
  /** Matrix sensing of a synthetic low-rank W* with Gaussian measurements. */
  SENSING(ProblemTables.SENSING),
  /** Sensing of a PSD X* with symmetric Gaussian measurements. */
  PSD_SENSING(ProblemTables.PSD_SENSING),
  /** Completion of a rating file (MovieLens u.data or CSV), optionally subsampled. */
  RATINGS(ProblemTables.RATINGS),
  /** An instance folder written by {@code dmf gen} or the PyTorch peer. */
  INSTANCE(ProblemTables.INSTANCE_TABLE);

  private static final Map<String, RatingsTable> RATINGS_CACHE =
      Collections.synchronizedMap(new HashMap<>());
  private final SettingsTable table;

  ProblemKind(SettingsTable table) {
    this.table = table;
  }

  private static final Setting<ProblemKind> NAME =
      Setting.ofEnum("kind", ProblemKind.class, COMPLETION, "the problem kind");

  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param name a kind's name, e.g. "completion"
   * @return the kind
   * @throws UserInputException for an unknown name, listing the known ones
   */
  public static ProblemKind parse(Object name) {
    return NAME.parse(name);
  }

  /**
   * @return the kind's settings
   */
  public SettingsTable table() {
    return table;
  }

  /**
   * Checks settings against each other (rank within the shape, observations within the entries,
   * files present, the memory of a synthetic problem within the heap) and fills derived defaults,
   * without building anything.
   *
   * @param s settings of {@link #table}
   * @return the settings, derived defaults filled in
   * @throws UserInputException when they cannot describe a problem
   */
  public Settings check(Settings s) {
    Settings checked = checkFields(s);
    long bytes = RunLimits.problem(this, checked);
    shape(checked)
        .ifPresent(
            d ->
                MemoryBudget.require(bytes, "a " + d[0] + "x" + d[1] + " " + label() + " problem"));
    return checked;
  }

  /**
   * @param s checked settings of {@link #table}
   * @return rows and columns of W for synthetic kinds, empty for problems read from disk
   */
  public Optional<long[]> shape(Settings s) {
    switch (this) {
      case COMPLETION:
      case SENSING:
        return Optional.of(new long[] {s.get(ProblemTables.ROWS), s.get(ProblemTables.COLS)});
      case PSD_SENSING:
        long n = s.get(ProblemTables.PSD_ROWS);
        return Optional.of(new long[] {n, n});
      default:
        return Optional.empty();
    }
  }

  private Settings checkFields(Settings s) {
    switch (this) {
      case COMPLETION:
      case SENSING:
        int rows = s.get(ProblemTables.ROWS);
        int cols = s.get(ProblemTables.COLS);
        int rank = s.get(ProblemTables.RANK);
        if (rank > Math.min(rows, cols)) {
          throw new UserInputException(
              "rank " + rank + " exceeds min(rows, cols) = " + Math.min(rows, cols));
        }
        if (s.get(ProblemTables.SYMMETRIC) && rows != cols) {
          throw new UserInputException(
              "symmetric = true needs rows = cols, got " + rows + "x" + cols);
        }
        if (this == COMPLETION && s.get(ProblemTables.OBSERVATIONS) > (long) rows * cols) {
          throw new UserInputException(
              "observations = "
                  + s.get(ProblemTables.OBSERVATIONS)
                  + " exceeds the "
                  + (long) rows * cols
                  + " entries of a "
                  + rows
                  + "x"
                  + cols
                  + " matrix");
        }
        return s;
      case PSD_SENSING:
        int n = s.get(ProblemTables.PSD_ROWS);
        int r = s.get(ProblemTables.PSD_RANK);
        if (r > n) {
          throw new UserInputException("psd_sensing needs rank ≤ rows, got rank " + r + " > " + n);
        }
        return s.get(ProblemTables.PSD_MEASUREMENTS) > 0
            ? s
            : s.with(ProblemTables.PSD_MEASUREMENTS, 3 * n * r);
      case RATINGS:
        requireFile(s.get(ProblemTables.DATA), "data", "kind = ratings needs data = PATH");
        int size = ratingsTable(s).size();
        if (s.get(ProblemTables.RATINGS_OBSERVATIONS) > size) {
          throw new UserInputException(
              "observations = "
                  + s.get(ProblemTables.RATINGS_OBSERVATIONS)
                  + " exceeds the "
                  + size
                  + " ratings in "
                  + s.get(ProblemTables.DATA));
        }
        return s;
      default:
        requireDir(s.get(ProblemTables.INSTANCE));
        return s;
    }
  }

  /**
   * Builds the problem.
   *
   * @param s checked settings of {@link #table}
   * @return the problem
   */
  public Problem create(Settings s) {
    switch (this) {
      case COMPLETION:
        if ((long) s.get(ProblemTables.ROWS) * s.get(ProblemTables.COLS)
            > Generators.DENSE_TRUTH_LIMIT) {
          return Generators.lowRankCompletion(
              s.get(ProblemTables.ROWS),
              s.get(ProblemTables.COLS),
              s.get(ProblemTables.RANK),
              s.get(ProblemTables.SYMMETRIC),
              s.get(ProblemTables.OBSERVATIONS),
              seed(s, "truth"),
              seed(s, "observations"));
        }
        return Generators.completion(
            truth(s), s.get(ProblemTables.OBSERVATIONS), seed(s, "observations"));
      case SENSING:
        return Generators.sensing(
            truth(s),
            s.get(ProblemTables.MEASUREMENTS),
            s.get(ProblemTables.SYMMETRIC_MEASUREMENTS),
            seed(s, "measurements"));
      case PSD_SENSING:
        return psdSensing(s);
      case RATINGS:
        return ratings(s);
      default:
        return instance(s);
    }
  }

  /** An instance folder whose ground truth, when present, is finite. */
  private static Problem instance(Path dir) {
    Problem p = Instances.read(dir);
    p.groundTruth()
        .ifPresent(
            t -> {
              for (int i = 0; i < t.rows(); i++) {
                for (int j = 0; j < t.cols(); j++) {
                  if (!Double.isFinite(t.get(i, j))) {
                    throw new UserInputException(
                        dir.resolve("w_star.npy")
                            + ": entry ("
                            + i
                            + ", "
                            + j
                            + ") is "
                            + t.get(i, j)
                            + "; the ground truth must be finite");
                  }
                }
              }
            });
    return p;
  }

  /**
   * @param s settings of {@link #table}
   * @return the problem seed, or null for kinds without one
   */
  public Long problemSeed(Settings s) {
    return table.has(ProblemTables.PROBLEM_SEED.key()) ? s.get(ProblemTables.PROBLEM_SEED) : null;
  }

  private static long seed(Settings s, String stream) {
    return RandomStreams.childSeed(s.get(ProblemTables.PROBLEM_SEED), stream);
  }

  /**
   * @param s checked settings of {@link #COMPLETION} or {@link #SENSING}
   * @return the planted W* they describe
   */
  public Mat groundTruth(Settings s) {
    if (this != COMPLETION && this != SENSING) {
      throw new IllegalStateException(label() + " has no synthetic W*");
    }
    return truth(s);
  }

  private static Mat truth(Settings s) {
    return Generators.lowRankTruth(
        s.get(ProblemTables.ROWS),
        s.get(ProblemTables.COLS),
        s.get(ProblemTables.RANK),
        s.get(ProblemTables.SYMMETRIC),
        seed(s, "truth"));
  }

  private static Problem psdSensing(Settings s) {
    int n = s.get(ProblemTables.PSD_ROWS);
    int rank = s.get(ProblemTables.PSD_RANK);
    long truthSeed = seed(s, "truth");
    Mat x =
        s.get(ProblemTables.TRUTH) == ProblemTables.Truth.PLANTED
            ? PsdGenerators.plantedLowRank(n, rank, truthSeed)
            : PsdGenerators.decayingSpectrum(n, PsdGenerators.DECAY_EXPONENT, rank, truthSeed);
    return PsdGenerators.symmetricGaussianSensing(
        x, s.get(ProblemTables.PSD_MEASUREMENTS), seed(s, "measurements"));
  }

  /** The whole rating file, read once per file and setting (a bad file fails when checked). */
  private static RatingsTable ratingsTable(Settings s) {
    String data = s.get(ProblemTables.DATA);
    Path file = Path.of(data);
    boolean skip = s.get(ProblemTables.SKIP_BAD_LINES);
    return RATINGS_CACHE.computeIfAbsent(
        data + "|" + skip, d -> Ratings.read(file, Ratings.guess(file), skip));
  }

  private static Problem ratings(Settings s) {
    RatingsTable all = ratingsTable(s);
    int k = s.get(ProblemTables.RATINGS_OBSERVATIONS);
    RatingsTable t =
        k == 0 || k == all.size()
            ? all
            : all.sample(k, RandomStreams.of(s.get(ProblemTables.PROBLEM_SEED), "ratings"));
    return t.toCompletionProblem();
  }

  private static Problem instance(Settings s) {
    Problem p = instance(Path.of(s.get(ProblemTables.INSTANCE)));
    double holdout = s.get(ProblemTables.HOLDOUT);
    if (holdout == 0) {
      return p;
    }
    if (!(p instanceof CompletionProblem c)) {
      throw new UserInputException("holdout applies to completion instances only");
    }
    return c.holdOut(holdout, s.get(ProblemTables.HOLDOUT_SEED));
  }

  private static void requireFile(String path, String key, String missing) {
    if (path.isEmpty()) {
      throw new UserInputException(missing);
    }
    if (!Files.isRegularFile(Path.of(path))) {
      throw new UserInputException(path + ": no such file (" + key + ")");
    }
  }

  private static void requireDir(String path) {
    if (path.isEmpty()) {
      throw new UserInputException("kind = instance needs instance = FOLDER");
    }
    if (!Files.isDirectory(Path.of(path))) {
      throw new UserInputException(path + ": no such instance folder");
    }
    OutputPaths.Kind k = OutputPaths.kindOf(Path.of(path));
    if (k != OutputPaths.Kind.COMPLETION_INSTANCE && k != OutputPaths.Kind.SENSING_INSTANCE) {
      throw new UserInputException(
          path
              + ": not an instance folder (it holds "
              + k.text()
              + "; expected rows.npy/cols.npy/values.npy or A.npy/y.npy, see dmf gen)");
    }
  }
}
