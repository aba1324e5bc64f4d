package dmf.experiment;

import dmf.base.UserInputException;
import dmf.baseline.AlternatingLeastSquares;
import dmf.baseline.NuclearNormSettings;
import dmf.baseline.NuclearNormSolver;
import dmf.baseline.SingularValueThresholding;
import dmf.baseline.SoftImpute;
import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingSettings;
import dmf.io.data.FactorFiles;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import dmf.settings.Suggest;
import dmf.symmetric.ProjectedGradientPsd;
import dmf.symmetric.PsdGradientSettings;
import dmf.symmetric.SvdInitialized;
import dmf.symmetric.SymmetricFactorization;
import dmf.symmetric.SymmetricSettings;
import dmf.symmetric.SymmetricTables;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every solver a run can name: "dmf", the deep factorization (the settings of {@link
 * TrainingConfig}, plus a starting point on disk); the convex and classical baselines "nuclear",
 * "softimpute", "svt" and "als"; and the X = UUᵀ solvers "symmetric", "psd_gd" and "svd_init".
 */
public final class Solvers {
  /** Starting factors for dmf. */
  public static final Setting<String> INIT_FROM =
      Setting.ofText(
              "init_from",
              "",
              "folder of A1.npy … AN.npy starting factors (empty = draw from init)")
          .quietDefault();

  /** The deep factorization's table: training settings plus the starting point. */
  public static final SettingsTable DMF = TrainingSettings.TABLE.plus(List.of(INIT_FROM));

  private static final Map<String, SolverEntry> ALL = new LinkedHashMap<>();

  static {
    add(new SolverEntry("dmf", DMF, Solvers::deep, UnaryOperator.identity()));
    add(
        new SolverEntry(
            "nuclear",
            NuclearNormSettings.TABLE,
            s -> new NuclearNormSolver(NuclearNormSettings.from(s)),
            UnaryOperator.identity()));
    add(
        new SolverEntry(
            "softimpute", SoftImpute.TABLE, SoftImpute::from, UnaryOperator.identity()));
    add(
        new SolverEntry(
            "svt",
            SingularValueThresholding.TABLE,
            SingularValueThresholding::from,
            UnaryOperator.identity()));
    add(
        new SolverEntry(
            "als",
            AlternatingLeastSquares.TABLE,
            AlternatingLeastSquares::from,
            UnaryOperator.identity()));
    add(
        new SolverEntry(
            "symmetric",
            SymmetricTables.SYMMETRIC,
            s -> new SymmetricFactorization(SymmetricSettings.from(s)),
            Solvers::pruneStep));
    add(
        new SolverEntry(
            "psd_gd",
            SymmetricTables.PSD_GD,
            s -> new ProjectedGradientPsd(PsdGradientSettings.from(s)),
            UnaryOperator.identity()));
    add(
        new SolverEntry(
            "svd_init",
            SymmetricTables.SVD_INIT,
            s ->
                new SvdInitialized(
                    PsdGradientSettings.from(
                        SymmetricTables.PSD_GD.resolve(
                            Map.of(SymmetricTables.SEED.key(), s.get(SymmetricTables.SEED)))),
                    SymmetricSettings.from(s)),
            Solvers::pruneStep));
  }

  private Solvers() {}

  private static void add(SolverEntry e) {
    ALL.put(e.name(), e);
  }

  /**
   * @param name a solver name
   * @return its entry
   * @throws UserInputException for an unknown name, with a "did you mean" hint
   */
  public static SolverEntry find(String name) {
    SolverEntry e = ALL.get(name);
    if (e == null) {
      throw new UserInputException(
          "unknown solver '"
              + name
              + "'"
              + Suggest.hint(name, ALL.keySet())
              + " (known: "
              + String.join(", ", ALL.keySet())
              + ")");
    }
    return e;
  }

  /**
   * @return the solver names, in listing order
   */
  public static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  /**
   * @return every key some solver understands
   */
  public static Set<String> allKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (SolverEntry e : ALL.values()) {
      keys.addAll(e.table().keys());
    }
    return keys;
  }

  private static DeepMatrixFactorization deep(Settings s) {
    Map<String, Object> training = new LinkedHashMap<>(s.values());
    training.remove(INIT_FROM.key());
    TrainingConfig config = TrainingConfig.fromMap(training);
    String from = s.get(INIT_FROM);
    return new DeepMatrixFactorization(
        config, from.isEmpty() ? null : FactorFiles.read(Path.of(from)));
  }

  /** Drops the fixed step unless the step is fixed, and the cap unless it is clipped. */
  private static Map<String, Object> pruneStep(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>(m);
    Object step = out.get(SymmetricTables.STEP.key());
    if (!SymmetricTables.Step.ELS_CLIPPED.label().equals(step)) {
      out.remove(SymmetricTables.STEP_CAP.key());
    }
    if (!SymmetricTables.Step.FIXED.label().equals(step)) {
      out.remove(SymmetricTables.LR.key());
    }
    return out;
  }
}
