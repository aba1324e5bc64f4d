package dmf.experiment;

import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.baseline.AlternatingLeastSquares;
import dmf.deep.MetricsLevel;
import dmf.deep.TrainingSettings;
import dmf.linalg.Precision;
import dmf.problem.Generators;
import dmf.settings.IntList;
import dmf.settings.Settings;
import dmf.symmetric.SymmetricTables;
import java.util.List;
import java.util.Locale;

/**
 * What a run may ask for on a problem of its size, checked before anything is allocated: ALS ranks
 * within the shape (a larger rank adds nothing but k³ work per row), and the memory of the run's
 * dense matrices, refused through {@link MemoryBudget#require} when it cannot fit: the planted W*
 * and the measurement operators of a synthetic problem, the solver's dense working matrices (the
 * deep factorization's factors and their optimizer state, the baselines' rows×cols iterates and
 * SVDs, ALS's k×k systems), and the solution with its SVD for the summary. Estimates err on the
 * large side by small factors; sizes that overflow a Java array are refused as well.
 */
final class RunLimits {
  private static final long DOUBLE = 8;

  /** Largest number of entries of a Java array. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

  private RunLimits() {}

  /**
   * Refuses a dense rows×cols matrix that no Java array can hold.
   *
   * @param rows rows
   * @param cols columns
   * @param what what the matrix is, e.g. "W*"
   */
  static void requireArray(long rows, long cols, String what) {
    long n = MemoryBudget.bytes(rows, cols);
    if (n > MAX_ARRAY) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "%s would be a dense %dx%d matrix of %s (%d entries), more than the %d entries a"
                  + " Java array holds",
              what,
              rows,
              cols,
              MemoryBudget.human(MemoryBudget.bytes(n, DOUBLE)),
              n,
              MAX_ARRAY));
    }
  }

  /**
   * @param kind a problem kind
   * @param s its checked settings
   * @return bytes to build the synthetic problem (0 for problems read from disk)
   */
  static long problem(ProblemKind kind, Settings s) {
    switch (kind) {
      case COMPLETION:
      case SENSING:
        long rows = s.get(ProblemTables.ROWS);
        long cols = s.get(ProblemTables.COLS);
        if (kind == ProblemKind.COMPLETION && rows * cols > Generators.DENSE_TRUTH_LIMIT) {
          // W* = U·Vᵀ held as its factors, Ω as two index columns and float64 values (twice while
          // the entries are drawn and sorted).
          long truthFactors = MemoryBudget.bytes(rows + cols, s.get(ProblemTables.RANK) * DOUBLE);
          return MemoryBudget.plus(
              truthFactors, MemoryBudget.bytes(s.get(ProblemTables.OBSERVATIONS), 2 * 16));
        }
        requireArray(rows, cols, "W*");
        long truth = MemoryBudget.bytes(3 * rows * cols, DOUBLE);
        if (kind == ProblemKind.COMPLETION) {
          return MemoryBudget.plus(
              truth, MemoryBudget.bytes(s.get(ProblemTables.OBSERVATIONS), 40));
        }
        long m = s.get(ProblemTables.MEASUREMENTS);
        return MemoryBudget.plus(truth, operator(m, rows, cols));
      case PSD_SENSING:
        long n = s.get(ProblemTables.PSD_ROWS);
        requireArray(n, n, "X*");
        long ops = operator(s.get(ProblemTables.PSD_MEASUREMENTS), n, n);
        return MemoryBudget.plus(MemoryBudget.bytes(3 * n * n, DOUBLE), ops);
      default:
        return 0;
    }
  }

  /** m dense rows×cols measurement matrices, twice (built, then packed) and their m×m Gram. */
  private static long operator(long m, long rows, long cols) {
    long each = MemoryBudget.bytes(rows, cols);
    if (MemoryBudget.bytes(m, each) > MAX_ARRAY) {
      throw new UserInputException(
          String.format(
              Locale.ROOT,
              "%d measurement matrices of %dx%d entries would be one array of %s (%d entries),"
                  + " more than the %d entries a Java array holds",
              m,
              rows,
              cols,
              MemoryBudget.human(MemoryBudget.bytes(MemoryBudget.bytes(m, each), DOUBLE)),
              MemoryBudget.bytes(m, each),
              MAX_ARRAY));
    }
    long a = MemoryBudget.bytes(MemoryBudget.bytes(2 * m, each), DOUBLE);
    return MemoryBudget.plus(a, MemoryBudget.bytes(MemoryBudget.bytes(m, m), DOUBLE));
  }

  /**
   * @param solver the solver's name
   * @param s its settings
   * @param rows rows of W
   * @param cols columns of W
   * @return bytes of the solver's working set plus the summary's (W, W* and their SVDs)
   */
  static long solver(String solver, Settings s, long rows, long cols) {
    if (solver.equals("dmf")
        && s.get(TrainingSettings.METRICS).resolve((int) rows, (int) cols) != MetricsLevel.FULL) {
      // The factored path never forms W: the factors and their state here; the trainer checks
      // its full estimate (Ω's layout, the metrics' QRs) before it allocates.
      return factorsOnly(s, rows, cols);
    }
    requireArray(rows, cols, "W");
    long dense = MemoryBudget.bytes(MemoryBudget.bytes(rows, cols), DOUBLE);
    long summary = MemoryBudget.bytes(dense, 4);
    long work;
    switch (solver) {
      case "dmf":
        work = deep(s, rows, cols);
        break;
      case "nuclear":
        work = MemoryBudget.bytes(dense, 12);
        break;
      case "softimpute":
      case "svt":
        work = MemoryBudget.bytes(dense, 8);
        break;
      case "als":
        long k = s.get(AlternatingLeastSquares.RANK);
        if (k > Math.min(rows, cols)) {
          throw new UserInputException(
              "als_rank = "
                  + k
                  + " exceeds min(rows, cols) = "
                  + Math.min(rows, cols)
                  + " of the "
                  + rows
                  + "x"
                  + cols
                  + " problem; the factors cannot have more rank than that");
        }
        requireArray(k, k, "the ALS normal equations (als_rank)");
        long factors = MemoryBudget.bytes(MemoryBudget.bytes(k, rows + cols), 3 * DOUBLE);
        work = MemoryBudget.plus(factors, MemoryBudget.bytes(MemoryBudget.bytes(k, k), DOUBLE));
        break;
      case "symmetric":
      case "psd_gd":
      case "svd_init":
        long width = s.table().has(SymmetricTables.WIDTH.key()) ? s.get(SymmetricTables.WIDTH) : 0;
        long side = Math.max(rows, width);
        work = MemoryBudget.bytes(MemoryBudget.bytes(side, side), 10 * DOUBLE);
        break;
      default:
        work = MemoryBudget.bytes(dense, 4);
    }
    return MemoryBudget.plus(summary, work);
  }

  /** The deep factorization's factors with their gradients and optimizer state, nothing dense. */
  private static long factorsOnly(Settings s, long rows, long cols) {
    long each = s.get(TrainingSettings.PRECISION) == Precision.FLOAT32 ? 4 : DOUBLE;
    return MemoryBudget.bytes(parameters(s, rows, cols), 5 * each + DOUBLE);
  }

  /** Σ_j d_j·d_{j−1} of the run's architecture, each factor checked against the array limit. */
  private static long parameters(Settings s, long rows, long cols) {
    int depth = s.get(TrainingSettings.DEPTH);
    IntList widths = s.get(TrainingSettings.WIDTHS);
    long entries = 0;
    long previous = cols;
    for (int j = 1; j <= depth; j++) {
      long d;
      if (j == depth) {
        d = rows;
      } else if (widths.values().isEmpty()) {
        d = Math.min(rows, cols);
      } else if (widths.values().size() == 1) {
        d = widths.values().get(0);
      } else {
        d = widths.values().get(Math.min(j - 1, widths.values().size() - 1));
      }
      requireArray(d, previous, "factor W_" + j);
      entries = MemoryBudget.plus(entries, MemoryBudget.bytes(d, previous));
      previous = d;
    }
    return entries;
  }

  /**
   * The deep factorization: parameters, gradients, a backup and up to two optimizer buffers per
   * factor in the training precision, a float64 copy of the factors when metrics are logged, and a
   * few dense rows×cols products.
   */
  private static long deep(Settings s, long rows, long cols) {
    return MemoryBudget.plus(
        factorsOnly(s, rows, cols), MemoryBudget.bytes(MemoryBudget.bytes(rows, cols), 3 * DOUBLE));
  }

  /**
   * @param run a run
   * @return the memory it needs, or 0 when its problem is read from disk (known once read)
   */
  static long bytes(RunSpec run) {
    return run.kind()
        .shape(run.problem())
        .map(
            d ->
                MemoryBudget.plus(
                    problem(run.kind(), run.problem()),
                    solver(run.solver().name(), run.solverSettings(), d[0], d[1])))
        .orElse(0L);
  }

  /**
   * Refuses a sweep whose largest runs, as many at once as it has workers, cannot fit in the heap.
   *
   * @param runs the runs to execute
   * @param workers parallel runs
   */
  static void requireParallel(List<RunSpec> runs, int workers) {
    long[] needs = runs.stream().mapToLong(RunLimits::bytes).sorted().toArray();
    int at = Math.min(workers, needs.length);
    long need = 0;
    for (int i = needs.length - at; i < needs.length; i++) {
      need = MemoryBudget.plus(need, needs[i]);
    }
    if (at > 1) {
      MemoryBudget.require(
          need,
          "running the largest "
              + at
              + " runs side by side (--workers "
              + workers
              + "; fewer workers need less)");
    }
  }

  /**
   * Refuses a run whose problem and solver cannot fit in the heap.
   *
   * @param run the run
   * @param rows rows of W
   * @param cols columns of W
   * @param problemBytes memory of the problem (0 when it is already built)
   */
  static void require(RunSpec run, long rows, long cols, long problemBytes) {
    long need =
        MemoryBudget.plus(
            problemBytes, solver(run.solver().name(), run.solverSettings(), rows, cols));
    MemoryBudget.require(
        need,
        String.format(
            Locale.ROOT,
            "solver %s on a %dx%d %sproblem",
            run.solver().name(),
            rows,
            cols,
            run.kind().shape(run.problem()).isPresent() ? run.kind().label() + " " : ""));
  }
}
