package dmf.ratings;

import dmf.base.UserInputException;
import dmf.io.data.RatingsTable;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.util.List;
import java.util.Locale;

/**
 * How to divide a ratings table, as the commands take it.
 *
 * @param kind the kind of split
 * @param testFraction the random hold-out's test fraction (for {@link Kind#HOLDOUT})
 * @param leaveOut ratings held out per user (for {@link Kind#PER_USER} and {@link Kind#TEMPORAL})
 * @param folds the number of folds (for {@link Kind#KFOLD})
 * @param validationFraction the share of each training part held out for validation
 * @param seed the seed of every random draw
 */
public record SplitPlan(
    Kind kind, double testFraction, int leaveOut, int folds, double validationFraction, long seed) {

  /** The kinds of split. */
  public enum Kind {
    /** No test part. */
    NONE,
    /** A random test fraction. */
    HOLDOUT,
    /** k random ratings per user. */
    PER_USER,
    /** The k latest ratings per user. */
    TEMPORAL,
    /** k folds. */
    KFOLD;

    /**
     * @param s "random", "per-user", "temporal", "kfold" or "none"
     * @return the kind
     */
    public static Kind parse(String s) {
      return switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "random", "holdout" -> HOLDOUT;
        case "per-user", "per_user", "user" -> PER_USER;
        case "temporal", "time" -> TEMPORAL;
        case "kfold", "folds" -> KFOLD;
        case "none" -> NONE;
        default ->
            throw new UserInputException(
                "unknown split '" + s + "' (splits: random, per-user, temporal, kfold, none)");
      };
    }
  }

  /**
   * A plan as a person gives it: the named split, else k-fold when folds are asked for, else a
   * random hold-out when a test fraction is given, else none.
   *
   * @param split "random", "per-user", "temporal", "kfold" or "none", or null
   * @param testFraction the random hold-out's test fraction, or null (0.2)
   * @param leaveOut ratings held out per user
   * @param folds folds for k-fold, or 0
   * @param validationFraction the share of each training part held out for validation
   * @param seed the seed of every random draw
   * @return the plan
   * @throws UserInputException for an unknown split or values out of range
   */
  public static SplitPlan of(
      String split,
      Double testFraction,
      int leaveOut,
      int folds,
      double validationFraction,
      long seed) {
    Kind kind;
    if (split != null) {
      kind = Kind.parse(split);
    } else if (folds > 0) {
      kind = Kind.KFOLD;
    } else {
      kind = testFraction != null ? Kind.HOLDOUT : Kind.NONE;
    }
    return new SplitPlan(
        kind, testFraction == null ? 0.2 : testFraction, leaveOut, folds, validationFraction, seed);
  }

  /** The random hold-out's test fraction. */
  public static final Setting<Double> TEST_FRACTION =
      Setting.ofDouble("test_fraction", 0.2, "random hold-out: share of ratings to test on")
          .withDefault(null);

  /** Ratings held out per user. */
  public static final Setting<Integer> LEAVE_OUT =
      Setting.ofInt("leave_out", 1, "per-user and temporal splits: ratings held out per user");

  /** The share of each training part held out for validation. */
  public static final Setting<Double> VALIDATION_FRACTION =
      Setting.ofDouble(
          "validation_fraction",
          0.05,
          "share of the training part held out for early stopping and tuning");

  /** The seed of every random draw. */
  public static final Setting<Long> SEED = Setting.ofLong("seed", 0, "seed of every split");

  /** The cold-start rule of the scores. */
  public static final Setting<ColdStart> COLD_START =
      Setting.ofEnum(
          "cold_start",
          ColdStart.class,
          ColdStart.OFFSET,
          "users or items without training ratings: offset (predict μ + the known bias) or drop"
              + " (no prediction, left out of scores)");

  /**
   * How to split and score, besides the kind of split: the one place of these settings' defaults
   * (their values are checked against the kind of split in {@link #of(String, Settings, int)}).
   */
  public static final SettingsTable TABLE =
      SettingsTable.of("split", TEST_FRACTION, LEAVE_OUT, VALIDATION_FRACTION, SEED, COLD_START);

  /**
   * {@link #of(String, Double, int, int, double, long)} from settings of {@link #TABLE}.
   *
   * @param split "random", "per-user", "temporal", "kfold" or "none", or null
   * @param s settings of {@link #TABLE}
   * @param folds folds for k-fold, or 0
   * @return the plan
   * @throws UserInputException for an unknown split or values out of range
   */
  public static SplitPlan of(String split, Settings s, int folds) {
    return of(
        split,
        s.get(TEST_FRACTION),
        s.get(LEAVE_OUT),
        folds,
        s.get(VALIDATION_FRACTION),
        s.get(SEED));
  }

  /** Checks the values the kind uses. */
  public SplitPlan {
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new UserInputException(
          "validation fraction must be in [0, 1), got " + validationFraction);
    }
    if (kind == Kind.HOLDOUT && !(testFraction > 0 && testFraction < 1)) {
      throw new UserInputException(
          "test fraction must be between 0 and 1 (exclusive), got " + testFraction);
    }
    if ((kind == Kind.PER_USER || kind == Kind.TEMPORAL) && leaveOut < 1) {
      throw new UserInputException("ratings left out per user must be at least 1, got " + leaveOut);
    }
    if (kind == Kind.KFOLD && folds < 2) {
      throw new UserInputException("folds must be at least 2, got " + folds);
    }
  }

  /**
   * @param t the ratings
   * @return the splits (one, or one per fold)
   */
  public List<Split> apply(RatingsTable t) {
    return switch (kind) {
      case NONE -> List.of(Splits.none(t, validationFraction, seed));
      case HOLDOUT -> List.of(Splits.holdout(t, testFraction, validationFraction, seed));
      case PER_USER -> List.of(Splits.perUser(t, leaveOut, validationFraction, seed));
      case TEMPORAL -> List.of(Splits.temporal(t, leaveOut, validationFraction, seed));
      case KFOLD -> Splits.kFold(t, folds, validationFraction, seed);
    };
  }
}
