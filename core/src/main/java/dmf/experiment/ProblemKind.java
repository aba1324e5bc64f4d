package dmf.experiment;

import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.linalg.Mat;
import dmf.problem.Problem;
import dmf.settings.Choice;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.Locale;
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
    Settings checked = ProblemChecks.check(this, s);
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

  /**
   * Builds the problem.
   *
   * @param s checked settings of {@link #table}
   * @return the problem
   */
  public Problem create(Settings s) {
    return ProblemBuilders.create(this, s);
  }

  /**
   * @param s settings of {@link #table}
   * @return the problem seed, or null for kinds without one
   */
  public Long problemSeed(Settings s) {
    return table.has(ProblemTables.PROBLEM_SEED.key()) ? s.get(ProblemTables.PROBLEM_SEED) : null;
  }

  /**
   * @param s checked settings of {@link #COMPLETION} or {@link #SENSING}
   * @return the planted W* they describe
   */
  public Mat groundTruth(Settings s) {
    if (this != COMPLETION && this != SENSING) {
      throw new IllegalStateException(label() + " has no synthetic W*");
    }
    return ProblemBuilders.truth(s);
  }
}
