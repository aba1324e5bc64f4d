package dmf.bench;

import dmf.linalg.Precision;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Benchmark} measures.
 *
 * @param precisions the precisions to time
 * @param peers the folder holding dmf_torch.py (the PyTorch reference)
 * @param torch whether to time the PyTorch reference when it is available
 * @param timeToSolution whether to run the time-to-solution comparison
 * @param large whether to time the 943×1682 case
 */
public record BenchOptions(
    List<Precision> precisions, Path peers, boolean torch, boolean timeToSolution, boolean large) {

  /** Copies the list. */
  public BenchOptions {
    precisions = List.copyOf(precisions);
  }

  /**
   * @param precision "float64", "float32" or "both"
   * @return the precisions it names, float64 first
   */
  public static List<Precision> precisions(String precision) {
    return precision.equalsIgnoreCase("both")
        ? List.of(Precision.FLOAT64, Precision.FLOAT32)
        : List.of(Precision.parse(precision));
  }
}
