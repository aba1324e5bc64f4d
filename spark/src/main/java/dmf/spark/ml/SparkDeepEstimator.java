package dmf.spark.ml;

import dmf.base.ProgressListener;
import dmf.ratings.DeepEstimator;
import dmf.ratings.FitInput;
import dmf.ratings.RatingEstimator;
import dmf.ratings.RatingModel;
import dmf.settings.Settings;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The core's deep factorization for ratings with its pass over Ω on Spark ({@link SparkPasses}):
 * the offsets, the training loop (initialization, optimizer step, early stopping) and the model are
 * the core's {@link DeepEstimator}'s, on the driver; each iteration's gradient over the residuals
 * is computed by the executors. With the same input it gives the factors of the core's serial pass
 * bit for bit (below 2^18 ratings, where the core trains serially, the same model as {@code dmf
 * fit}).
 *
 * <p>This is the one training path of {@link DeepFactorization} (data from a DataFrame) and of
 * {@code dmf spark fit|evaluate} (data read by dmf).
 */
public final class SparkDeepEstimator implements RatingEstimator {
  private final JavaSparkContext sc;
  private final DeepEstimator deep;
  private final int blocks;

  /**
   * @param sc the Spark context
   * @param deep the deep factorization's settings
   * @param blocks partitions of Ω per side, or 0 for the context's default parallelism
   */
  public SparkDeepEstimator(JavaSparkContext sc, DeepEstimator deep, int blocks) {
    this.sc = sc;
    this.deep = deep;
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return deep.name();
  }

  @Override
  public Settings settings() {
    return deep.settings();
  }

  @Override
  public RatingModel fit(FitInput data, ProgressListener listener) {
    try (SparkPasses passes = new SparkPasses(sc, blocks)) {
      return deep.fit(data, listener, passes);
    }
  }
}
