package dmf.experiment;

import dmf.settings.Choice;
import dmf.settings.Setting;
import dmf.settings.SettingsTable;
import java.util.Locale;

/**
 * The settings of every problem kind, each written once. Synthetic problems follow the protocol of
 * Arora et al. (2019): a rank-r W* with RMS entry 1, uniformly sampled entries or Gaussian
 * measurements; PSD sensing follows Gunasekar et al. (2017).
 */
final class ProblemTables {
  /** The PSD ground truths of Gunasekar et al. (2017). */
  enum Truth implements Choice {
    /** A planted rank-r PSD matrix. */
    PLANTED,
    /** A full-rank spectrum decaying as 1/k^1.5 with ‖X*‖_* = √rank·‖X*‖_F. */
    DECAYING;

    @Override
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final Setting<Integer> ROWS = Setting.ofInt("rows", 100, "rows d of W*").min(1);
  static final Setting<Integer> COLS = Setting.ofInt("cols", 100, "columns d' of W*").min(1);
  static final Setting<Integer> RANK = Setting.ofInt("rank", 5, "rank r of W*").min(1);
  static final Setting<Integer> OBSERVATIONS =
      Setting.ofInt("observations", 2000, "observed entries |Ω|, sampled without replacement")
          .min(1);
  static final Setting<Integer> MEASUREMENTS =
      Setting.ofInt("measurements", 2000, "Gaussian measurements m").min(1);
  static final Setting<Boolean> SYMMETRIC =
      Setting.ofBoolean("symmetric", false, "W* = UUᵀ/√r, symmetric PSD (needs rows = cols)");
  static final Setting<Boolean> SYMMETRIC_MEASUREMENTS =
      Setting.ofBoolean(
          "symmetric_measurements", false, "use the symmetric parts (G + Gᵀ)/2 of the A_i");
  static final Setting<Long> PROBLEM_SEED =
      Setting.ofLong("problem_seed", 0, "seed of the ground truth and the sampling");

  static final Setting<Truth> TRUTH =
      Setting.ofEnum("truth", Truth.class, Truth.PLANTED, "the PSD ground truth X*");
  static final Setting<Integer> PSD_ROWS = Setting.ofInt("rows", 50, "side n of X*").min(2);
  static final Setting<Integer> PSD_RANK =
      Setting.ofInt("rank", 2, "rank of a planted X*; √(effective rank) of a decaying one").min(1);
  static final Setting<Integer> PSD_MEASUREMENTS =
      Setting.ofInt("measurements", 0, "symmetric Gaussian measurements m (0 = 3·rows·rank)")
          .min(0);

  static final Setting<String> DATA =
      Setting.ofText("data", "", "rating file: MovieLens u.data or a ratings CSV");
  static final Setting<Boolean> SKIP_BAD_LINES =
      Setting.ofBoolean("skip_bad_lines", false, "skip malformed lines instead of failing");
  static final Setting<Integer> RATINGS_OBSERVATIONS =
      Setting.ofInt("observations", 0, "ratings to sample (0 = all)").min(0);

  static final Setting<String> INSTANCE =
      Setting.ofText("instance", "", "instance folder (NumPy files, see dmf gen)");

  static final SettingsTable COMPLETION =
      SettingsTable.of("completion", ROWS, COLS, RANK, SYMMETRIC, OBSERVATIONS, PROBLEM_SEED);
  static final SettingsTable SENSING =
      SettingsTable.of(
          "sensing",
          ROWS,
          COLS,
          RANK,
          SYMMETRIC,
          MEASUREMENTS,
          SYMMETRIC_MEASUREMENTS,
          PROBLEM_SEED);
  static final SettingsTable PSD_SENSING =
      SettingsTable.of("psd_sensing", TRUTH, PSD_ROWS, PSD_RANK, PSD_MEASUREMENTS, PROBLEM_SEED);
  static final SettingsTable RATINGS =
      SettingsTable.of("ratings", DATA, SKIP_BAD_LINES, RATINGS_OBSERVATIONS, PROBLEM_SEED);
  static final Setting<Double> HOLDOUT =
      Setting.ofDouble(
              "holdout",
              0,
              "completion instances: hold out this share of the observed entries, scored as"
                  + " heldout_rmse and never trained on")
          .min(0)
          .below(1)
          .quietDefault();
  static final Setting<Long> HOLDOUT_SEED =
      Setting.ofLong("holdout_seed", 0, "seed of the held-out draw").quietDefault();

  static final SettingsTable INSTANCE_TABLE =
      SettingsTable.of("instance", INSTANCE, HOLDOUT, HOLDOUT_SEED);

  private ProblemTables() {}
}
