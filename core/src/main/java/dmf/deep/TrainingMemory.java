package dmf.deep;

import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.linalg.Precision;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;

/**
 * The memory a training run allocates beyond the problem itself, estimated before anything is
 * allocated so that a run that cannot fit is refused at once ({@link MemoryBudget#require}).
 *
 * <p>With P = Σ_j d_j·d_{j−1} parameters, b bytes per value (4 or 8), h = d_1 and the sparse
 * completion path: 3·P·b (parameters, gradients, the undo copy) + the optimizer's state (Adam
 * 2·P·b, flow 5·P·b, flow-stiff 12·P·b) + the objective's suffix and gradient products (about
 * 2·rows·h·b a hidden layer) + the layout of Ω (24 bytes an entry below 2^18 entries; above, {@link
 * EntryGrid}: (12 + b) an entry and the partial gradients, and (8 + b) an entry more while it is
 * built) + the metrics at a logged iterate (float64 copies of the factors and their QR: about
 * 4·P·8; level full adds about 5·rows·cols·8 for W, its SVD and gradient).
 */
final class TrainingMemory {
  private TrainingMemory() {}

  /**
   * @param problem the problem
   * @param arch the architecture
   * @param config the settings
   * @return the estimated bytes
   */
  static long estimate(Problem problem, Architecture arch, TrainingConfig config) {
    return estimate(problem, arch, config, true);
  }

  /**
   * @param layout whether the run lays out Ω itself (false when a {@link PassFactory} supplies the
   *     pass)
   */
  static long estimate(Problem problem, Architecture arch, TrainingConfig config, boolean layout) {
    long b = config.precision() == Precision.FLOAT32 ? 4 : 8;
    int[] d = arch.dims();
    long params = 0;
    for (int j = 1; j < d.length; j++) {
      params = MemoryBudget.plus(params, MemoryBudget.bytes(d[j], d[j - 1]));
    }
    long total = MemoryBudget.bytes(params, 3 * b);
    total =
        MemoryBudget.plus(
            total,
            switch (config.optimizer()) {
              case ADAM -> MemoryBudget.bytes(params, 2 * b);
              case FLOW -> MemoryBudget.bytes(params, 5 * b);
              // Dormand–Prince's seven stages, the Chebyshev stages and the power method's vectors
              case FLOW_STIFF -> MemoryBudget.bytes(params, 12 * b);
              default -> 0L;
            });
    long rows = arch.rows();
    long cols = arch.cols();
    if (problem instanceof CompletionProblem c && arch.depth() >= 2) {
      long hidden = 0;
      for (int j = 1; j < arch.depth(); j++) {
        hidden += d[j];
      }
      total = MemoryBudget.plus(total, MemoryBudget.bytes(2 * rows * hidden, b));
      long n = c.observationCount();
      if (layout && n < DeepMatrixFactorization.BLOCKED_MIN) {
        total = MemoryBudget.plus(total, MemoryBudget.bytes(n, 24));
      } else if (layout) {
        int h = d[1];
        long side = Math.min(rows, cols);
        int segments = EntryGrid.segmentsFor((int) n, (int) side, h, (int) b);
        long grid =
            MemoryBudget.plus(EntryGrid.bytes(n, (int) b), EntryGrid.buildBytes(n, (int) b));
        long partials = segments > 1 ? MemoryBudget.bytes(segments * side * h, b) : 0;
        total = MemoryBudget.plus(total, MemoryBudget.plus(grid, partials));
      }
    } else {
      total = MemoryBudget.plus(total, MemoryBudget.bytes(rows * cols, 4 * b + 16));
    }
    total = MemoryBudget.plus(total, MemoryBudget.bytes(params, 4 * 8));
    if (config.metrics().resolve(arch.rows(), arch.cols()) == MetricsLevel.FULL) {
      total = MemoryBudget.plus(total, MemoryBudget.bytes(rows * cols, 5 * 8));
    }
    return total;
  }

  /**
   * Refuses a run that cannot fit.
   *
   * @throws UserInputException naming the need, the heap and the flag that raises it
   */
  static void require(Problem problem, Architecture arch, TrainingConfig config) {
    require(problem, arch, config, true);
  }

  /**
   * Refuses a run that cannot fit.
   *
   * @param layout whether the run lays out Ω itself
   * @throws UserInputException naming the need, the heap and the flag that raises it
   */
  static void require(Problem problem, Architecture arch, TrainingConfig config, boolean layout) {
    int[] d = arch.dims();
    for (int j = 1; j < d.length; j++) {
      if ((long) d[j] * d[j - 1] > Integer.MAX_VALUE - 8) {
        throw new UserInputException(
            "factor "
                + j
                + " would be "
                + d[j]
                + "x"
                + d[j - 1]
                + ", more entries than a Java array holds; choose smaller --widths");
      }
    }
    MemoryBudget.require(
        estimate(problem, arch, config, layout),
        "a depth-" + arch.depth() + " model of hidden width " + arch.dims()[1] + " on " + problem);
  }
}
