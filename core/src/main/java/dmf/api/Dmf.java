package dmf.api;

import dmf.deep.DeepMatrixFactorization;
import dmf.deep.TrainingConfig;
import dmf.deep.TrainingResult;
import dmf.experiment.ProblemKind;
import dmf.experiment.RunExecutor;
import dmf.experiment.RunOutcome;
import dmf.experiment.RunSettings;
import dmf.experiment.RunSpec;
import dmf.experiment.SolverEntry;
import dmf.experiment.Solvers;
import dmf.experiment.SweepRunner;
import dmf.experiment.SweepSpec;
import dmf.problem.Problem;
import dmf.problem.SolveObserver;
import dmf.problem.Solver;
import dmf.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Entry points to dmf from Java. Every call resolves its settings through the same tables as the
 * command line, so defaults, bounds and error messages are the same.
 *
 * <pre>{@code
 * Problem p = Dmf.problem("completion", Map.of("rows", 100, "cols", 100, "rank", 5,
 *     "observations", 2000, "problem_seed", 0));
 * TrainingResult r = Dmf.train(p, Map.of("depth", 3, "optimizer", "flow"), Observers.NONE);
 * r.last().get("test_error");
 * }</pre>
 */
public final class Dmf {
  private Dmf() {}

  /**
   * Builds a problem of a kind (completion, sensing, psd_sensing, ratings, instance).
   *
   * @param kind the kind's name
   * @param settings its settings (absent ones take their defaults)
   * @return the seeded problem; the same settings give the same bits
   */
  public static Problem problem(String kind, Map<String, ?> settings) {
    ProblemKind k = ProblemKind.parse(kind);
    return k.create(k.check(k.table().resolve(settings)));
  }

  /**
   * @param settings settings of the deep factorization (see {@link TrainingConfig#TABLE})
   * @return the training configuration
   */
  public static TrainingConfig config(Map<String, ?> settings) {
    return TrainingConfig.fromMap(settings);
  }

  /**
   * Trains the deep factorization.
   *
   * @param problem the problem (Input, not modified)
   * @param settings settings of {@link TrainingConfig#TABLE}
   * @param observer receives progress and logged records; {@link Observers#NONE} for none
   * @return factors, product, stop reason and the metrics of the last iterate
   */
  public static TrainingResult train(
      Problem problem, Map<String, ?> settings, SolveObserver observer) {
    return new DeepMatrixFactorization(config(settings)).train(problem, observer);
  }

  /**
   * @param name a solver's name: dmf, nuclear, softimpute, svt, als, symmetric, psd_gd, svd_init
   * @param settings its settings
   * @return the solver, for {@link Solver#solve}
   */
  public static Solver solver(String name, Map<String, ?> settings) {
    SolverEntry e = Solvers.find(name);
    return e.create(e.table().resolve(settings));
  }

  /**
   * @param name a solver's name
   * @return its settings at their defaults (keys, values, and through the table, bounds and
   *     descriptions)
   */
  public static Settings defaults(String name) {
    return Solvers.find(name).table().defaults();
  }

  /**
   * Runs one run through the one run path and writes its result folder, as {@code dmf train} and
   * every sweep run do.
   *
   * @param settings kind, solver and their settings as one flat map (as in a sweep spec)
   * @param folder the run folder to write
   * @param observer receives progress and records
   * @return the outcome: the row the results store records, metrics, result or failure
   */
  public static RunOutcome run(Map<String, ?> settings, Path folder, SolveObserver observer) {
    RunSpec run = RunSettings.resolve(settings, true, null);
    return RunExecutor.execute(run, folder, observer, false);
  }

  /**
   * Expands a sweep spec (TOML) into its validated runs.
   *
   * @param spec the spec file
   * @return the runs
   */
  public static List<RunSpec> expand(Path spec) {
    return SweepSpec.read(spec).expand();
  }

  /**
   * Runs a sweep into a folder, resumably (done runs are skipped).
   *
   * @param spec the spec file
   * @param folder the sweep folder (runs/ and results.db)
   * @param workers parallel runs
   * @param listener progress
   * @return what this invocation did
   */
  public static SweepRunner.Result sweep(
      Path spec, Path folder, int workers, SweepRunner.Listener listener) {
    return new SweepRunner(folder, workers).run(expand(spec), listener);
  }
}
