package dmf.spark.ml;

import dmf.deep.TrainingSettings;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;

/**
 * The parameters of {@link DeepFactorization} about its data: the columns (named and defaulted as
 * MLlib's ALS names them), the validation part, the seed and the partitioning.
 */
abstract class DataParams extends Estimator<DeepFactorizationModel> implements ColumnParams {
  private static final long serialVersionUID = 1L;

  private final String uid;
  final Param<String> userCol;
  final Param<String> itemCol;
  final Param<String> ratingCol;
  final Param<String> predictionCol;
  final Param<String> coldStartStrategy;
  final DoubleParam validationFraction;
  final Param<String> validationIndicatorCol;
  final LongParam seed;
  final IntParam numBlocks;

  DataParams(String uid) {
    this.uid = uid;
    userCol = SharedParams.userCol(this);
    itemCol = SharedParams.itemCol(this);
    ratingCol = new Param<>(this, "ratingCol", "column of ratings");
    predictionCol = SharedParams.predictionCol(this);
    coldStartStrategy = SharedParams.coldStartStrategy(this);
    validationFraction =
        new DoubleParam(
            this,
            "validationFraction",
            "share of the input held out at random for early stopping, in [0, 1)",
            ParamCheck.fraction());
    validationIndicatorCol =
        new Param<>(
            this,
            "validationIndicatorCol",
            "boolean column whose true rows are the validation part (instead of validationFraction)");
    seed = new LongParam(this, "seed", "seed of the init and of the validation draw");
    numBlocks =
        new IntParam(
            this,
            "numBlocks",
            "partitions of Ω per side (column blocks and row blocks each); 0 = Spark's default"
                + " parallelism; the result does not depend on it",
            ParamCheck.atLeast(0));
    SharedParams.defaults(this, userCol, itemCol, predictionCol, coldStartStrategy);
    setDefault(ratingCol, "rating");
    setDefault(validationFraction, 0.05);
    setDefault(seed, TrainingSettings.SEED.defaultValue());
    setDefault(numBlocks, 0);
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Param<String> userCol() {
    return userCol;
  }

  @Override
  public Param<String> itemCol() {
    return itemCol;
  }

  /**
   * @return the rating column (default "rating")
   */
  public Param<String> ratingCol() {
    return ratingCol;
  }

  /**
   * @return the value of {@link #ratingCol()}
   */
  public String getRatingCol() {
    return getOrDefault(ratingCol);
  }

  @Override
  public Param<String> predictionCol() {
    return predictionCol;
  }

  @Override
  public Param<String> coldStartStrategy() {
    return coldStartStrategy;
  }

  /**
   * @return the share of the input held out at random for early stopping (default 0.05)
   */
  public DoubleParam validationFraction() {
    return validationFraction;
  }

  /**
   * @return the value of {@link #validationFraction()}
   */
  public double getValidationFraction() {
    return (Double) getOrDefault(validationFraction);
  }

  /**
   * @return the boolean column marking validation rows (no default: validationFraction decides)
   */
  public Param<String> validationIndicatorCol() {
    return validationIndicatorCol;
  }

  /**
   * @return the value of {@link #validationIndicatorCol()}
   */
  public String getValidationIndicatorCol() {
    return getOrDefault(validationIndicatorCol);
  }

  /**
   * @return the seed of the init and of the validation draw (default 0)
   */
  public LongParam seed() {
    return seed;
  }

  /**
   * @return the value of {@link #seed()}
   */
  public long getSeed() {
    return (Long) getOrDefault(seed);
  }

  /**
   * @return partitions of Ω per side (default 0: Spark's default parallelism)
   */
  public IntParam numBlocks() {
    return numBlocks;
  }

  /**
   * @return the value of {@link #numBlocks()}
   */
  public int getNumBlocks() {
    return (Integer) getOrDefault(numBlocks);
  }
}
