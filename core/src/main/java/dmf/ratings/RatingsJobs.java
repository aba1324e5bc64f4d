package dmf.ratings;

import dmf.base.Printout;
import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.StatusSink;
import dmf.base.UserInputException;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What {@code dmf fit} and {@code dmf evaluate} do, from settings: the one place of their options
 * and defaults (with those of {@link DataSource#TABLE}, {@link SplitPlan#TABLE} and {@link
 * Evaluation#TABLE}), and the runs, with a hook that lets a caller train the estimators elsewhere
 * (e.g. on Spark).
 */
public final class RatingsJobs {
  private RatingsJobs() {}

  /** The ratings file. */
  public static final Setting<Path> DATA =
      Setting.ofPath("data", "ratings file (plain or .gz)").required();

  /** A separate test file. */
  public static final Setting<Path> TEST =
      Setting.ofPath("test", "a separate test file, read like --data");

  /** How to split. */
  public static final Setting<String> SPLIT =
      Setting.ofText(
              "split",
              "",
              "random (--test-fraction), per-user or temporal (--leave-out per user), or none")
          .withDefault(null);

  /** The model folder of a fit. */
  public static final Setting<Path> MODEL =
      Setting.ofPath("out", "model folder to write").required();

  /** The method of a fit. */
  public static final Setting<String> METHOD =
      Setting.ofText("method", "dmf", "dmf (or dmfN for depth N), als, softimpute, biases, mean");

  /** Method settings of an evaluation. */
  public static final Setting<List<String>> SET =
      Setting.ofTextList(
          "set",
          "a method setting METHOD.key=value, or key=value for every method that has the key"
              + " (repeatable)");

  /** The folder of an evaluation. */
  public static final Setting<Path> FOLDER =
      Setting.ofPath(
          "out", "folder for the leaderboard files (default: evaluate-<data file name>)");

  /** No progress line. */
  public static final Setting<Boolean> QUIET =
      Setting.ofBoolean("quiet", false, "no progress line");

  /** The options of {@code dmf fit}; its method's settings are {@link #FIT_SETTINGS}. */
  public static final SettingsTable FIT =
      table("fit", List.of(MODEL, TEST, SPLIT), List.of(METHOD, QUIET));

  /** The options of {@code dmf evaluate}. */
  public static final SettingsTable EVALUATE =
      table(
          "evaluate",
          List.of(TEST, SPLIT),
          Stream.concat(Evaluation.TABLE.settings().stream(), Stream.of(SET, FOLDER, QUIET))
              .toList());

  /**
   * The deep factorization's settings as flags of {@code dmf fit}, but its seed: {@code --seed} is
   * the split's, which also seeds the method unless {@code --set seed=…} gives another.
   */
  public static final SettingsTable FIT_SETTINGS =
      new SettingsTable(
          "dmf",
          DeepEstimator.TABLE.settings().stream().filter(s -> !s.key().equals("seed")).toList());

  /**
   * @param name the table's name
   * @param before options after the data's
   * @param after options after the split's
   * @return a table of ratings options: the data and how to read it, {@code before}, the split's
   *     settings, then {@code after}
   */
  public static SettingsTable table(String name, List<Setting<?>> before, List<Setting<?>> after) {
    List<Setting<?>> all = new ArrayList<>(List.of(DATA));
    all.addAll(DataSource.TABLE.settings());
    all.addAll(before);
    all.addAll(SplitPlan.TABLE.settings());
    all.addAll(after);
    return new SettingsTable(name, all);
  }

  /**
   * What {@code dmf fit} does: reads and splits the data, fits the method and writes the model
   * folder.
   *
   * @param o settings of {@link #FIT}
   * @param method the method's config files and --set assignments (the flags go on top)
   * @param flags the flags of {@link #FIT_SETTINGS} that were given (only the deep factorization
   *     takes them)
   * @param engine gives the estimator that is to run (the one it is given, or one that trains
   *     elsewhere)
   * @param status where progress goes
   * @return the outcome
   * @throws UserInputException for bad options or settings, before anything is read
   */
  public static RatingsFit.Outcome fit(
      Settings o,
      SettingsLayers method,
      Map<String, Object> flags,
      UnaryOperator<RatingEstimator> engine,
      StatusSink status) {
    Path test = o.get(TEST);
    if (test != null && o.get(SplitPlan.TEST_FRACTION) != null) {
      throw new UserInputException("give --test FILE or --test-fraction, not both");
    }
    SplitPlan plan = SplitPlan.of(o.get(SPLIT), o, 0);
    String name = o.get(METHOD);
    RatingEstimator est =
        engine.apply(
            Estimators.create(name, MethodSettings.forFit(name, flags, method, plan.seed())));
    return RatingsFit.run(
        DataSource.of(o.get(DATA), o),
        test,
        plan,
        est,
        o.get(SplitPlan.COLD_START),
        o.get(MODEL),
        progress(o, status));
  }

  /**
   * @param fit what {@link #fit} returned
   * @param o its settings of {@link #FIT}
   * @return the lines of {@link FitReport}
   */
  public static Printout report(RatingsFit.Outcome fit, Settings o) {
    return Printout.of(FitReport.lines(fit, o.get(DATA), o.get(MODEL)));
  }

  /**
   * What {@code dmf evaluate} does: every method on the same splits, as a leaderboard.
   *
   * @param o settings of {@link #EVALUATE}
   * @param engine gives the estimator that is to run (the one it is given, or one that trains
   *     elsewhere)
   * @param status where progress goes
   * @return the leaderboard's lines
   * @throws UserInputException for bad options or settings, before anything is read
   */
  public static Printout evaluate(
      Settings o, UnaryOperator<RatingEstimator> engine, StatusSink status) {
    Path test = o.get(TEST);
    SplitPlan plan = SplitPlan.of(o.get(SPLIT), o, test != null ? 0 : o.get(Evaluation.FOLDS));
    List<RatingEstimator> ests =
        MethodSettings.forEvaluation(o.get(Evaluation.METHODS), o.get(SET), plan.seed())
            .entrySet()
            .stream()
            .map(e -> engine.apply(Estimators.create(e.getKey(), e.getValue())))
            .toList();
    Evaluation eval = Evaluation.of(o, plan.seed(), o.get(SplitPlan.COLD_START));
    Path dir = o.get(FOLDER) != null ? o.get(FOLDER) : Evaluation.folderFor(o.get(DATA));
    Leaderboard board =
        RatingsFit.evaluate(
            DataSource.of(o.get(DATA), o), test, plan, ests, eval, dir, progress(o, status));
    return Printout.of(board.lines(eval.k(), dir));
  }

  private static ProgressListener progress(Settings o, StatusSink status) {
    return o.get(QUIET) ? ProgressListener.NONE : new StageProgress(status);
  }
}
