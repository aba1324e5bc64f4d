package dmf.spark.ml;

import dmf.base.ProgressListener;
import dmf.ratings.DeepEstimator;
import dmf.ratings.FitInput;
import dmf.ratings.RatingModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Deep matrix factorization of ratings as a Spark ML estimator, with the conventions of MLlib's ALS
 * ({@code userCol}, {@code itemCol}, {@code ratingCol}, {@code predictionCol}, {@code
 * coldStartStrategy}, {@code maxIter}, {@code seed}): r̂_ui = clip(μ + b_u + b_i + (W_N⋯W_1)_ui),
 * trained from a small initialization with no regularizer, full-batch, and stopped early on a
 * validation part ({@code validationFraction} at random, or {@code validationIndicatorCol}). The
 * defaults are those of {@code dmf fit} (depth 2, width 128, init scale 0.01, GroupRMSprop with
 * step 0.2, patience 10, biases with λ 5; docs/ratings.md).
 *
 * <p>Training is data-parallel: the driver reads the input's (user, item, rating) columns once (ids
 * numbered in sorted order and duplicates resolved as dmf's readers do), draws the validation part,
 * fits the offsets and keeps the training loop; the residuals live in cached partitions on the
 * executors, which compute every iteration's gradient with the core's serial kernel ({@link
 * SparkDeepEstimator}).
 */
public final class DeepFactorization extends DeepFactorizationParams
    implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  /** An estimator with a fresh id and the default parameters. */
  public DeepFactorization() {
    this(Identifiable$.MODULE$.randomUID("dmf"));
  }

  /**
   * @param uid the estimator's id (Spark's readers and copies use this constructor)
   */
  public DeepFactorization(String uid) {
    super(uid);
  }

  /**
   * @param v the value of {@link #userCol()}
   * @return this
   */
  public DeepFactorization setUserCol(String v) {
    return (DeepFactorization) set(userCol, v);
  }

  /**
   * @param v the value of {@link #itemCol()}
   * @return this
   */
  public DeepFactorization setItemCol(String v) {
    return (DeepFactorization) set(itemCol, v);
  }

  /**
   * @param v the value of {@link #ratingCol()}
   * @return this
   */
  public DeepFactorization setRatingCol(String v) {
    return (DeepFactorization) set(ratingCol, v);
  }

  /**
   * @param v the value of {@link #predictionCol()}
   * @return this
   */
  public DeepFactorization setPredictionCol(String v) {
    return (DeepFactorization) set(predictionCol, v);
  }

  /**
   * @param v the value of {@link #coldStartStrategy()}
   * @return this
   */
  public DeepFactorization setColdStartStrategy(String v) {
    return (DeepFactorization) set(coldStartStrategy, v.toLowerCase(Locale.ROOT));
  }

  /**
   * @param v the value of {@link #depth()}
   * @return this
   */
  public DeepFactorization setDepth(int v) {
    return (DeepFactorization) set(depth, v);
  }

  /**
   * @param v the value of {@link #width()}
   * @return this
   */
  public DeepFactorization setWidth(int v) {
    return (DeepFactorization) set(width, v);
  }

  /**
   * @param v the value of {@link #init()}
   * @return this
   */
  public DeepFactorization setInit(String v) {
    return (DeepFactorization) set(init, v.toLowerCase(Locale.ROOT));
  }

  /**
   * @param v the value of {@link #initScale()}
   * @return this
   */
  public DeepFactorization setInitScale(double v) {
    return (DeepFactorization) set(initScale, v);
  }

  /**
   * @param v the value of {@link #optimizer()}
   * @return this
   */
  public DeepFactorization setOptimizer(String v) {
    return (DeepFactorization) set(optimizer, v.toLowerCase(Locale.ROOT));
  }

  /**
   * @param v the value of {@link #stepSize()}
   * @return this
   */
  public DeepFactorization setStepSize(double v) {
    return (DeepFactorization) set(stepSize, v);
  }

  /**
   * @param v the value of {@link #maxIter()}
   * @return this
   */
  public DeepFactorization setMaxIter(int v) {
    return (DeepFactorization) set(maxIter, v);
  }

  /**
   * @param v the value of {@link #evalEvery()}
   * @return this
   */
  public DeepFactorization setEvalEvery(int v) {
    return (DeepFactorization) set(evalEvery, v);
  }

  /**
   * @param v the value of {@link #patience()}
   * @return this
   */
  public DeepFactorization setPatience(int v) {
    return (DeepFactorization) set(patience, v);
  }

  /**
   * @param v the value of {@link #validationFraction()}
   * @return this
   */
  public DeepFactorization setValidationFraction(double v) {
    return (DeepFactorization) set(validationFraction, v);
  }

  /**
   * @param v the value of {@link #validationIndicatorCol()}
   * @return this
   */
  public DeepFactorization setValidationIndicatorCol(String v) {
    return (DeepFactorization) set(validationIndicatorCol, v);
  }

  /**
   * @param v the value of {@link #offsets()}
   * @return this
   */
  public DeepFactorization setOffsets(String v) {
    return (DeepFactorization) set(offsets, v.toLowerCase(Locale.ROOT));
  }

  /**
   * @param v the value of {@link #biasLambda()}
   * @return this
   */
  public DeepFactorization setBiasLambda(double v) {
    return (DeepFactorization) set(biasLambda, v);
  }

  /**
   * @param v the value of {@link #seed()}
   * @return this
   */
  public DeepFactorization setSeed(long v) {
    return (DeepFactorization) set(seed, v);
  }

  /**
   * @param v the value of {@link #precision()}
   * @return this
   */
  public DeepFactorization setPrecision(String v) {
    return (DeepFactorization) set(precision, v.toLowerCase(Locale.ROOT));
  }

  /**
   * @param v the value of {@link #numBlocks()}
   * @return this
   */
  public DeepFactorization setNumBlocks(int v) {
    return (DeepFactorization) set(numBlocks, v);
  }

  /**
   * @return the core estimator of these parameters (its settings table {@link DeepEstimator#TABLE})
   */
  public DeepEstimator deepEstimator() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put(DeepEstimator.DEPTH.key(), getDepth());
    s.put(DeepEstimator.WIDTHS.key(), String.valueOf(getWidth()));
    s.put("init", getInit());
    s.put(DeepEstimator.INIT_SCALE.key(), getInitScale());
    s.put("optimizer", getOptimizer());
    s.put(DeepEstimator.LR.key(), getStepSize());
    s.put(DeepEstimator.MAX_ITERS.key(), getMaxIter());
    s.put(DeepEstimator.EVAL_EVERY.key(), getEvalEvery());
    s.put(DeepEstimator.PATIENCE.key(), getPatience());
    s.put(DeepEstimator.OFFSETS.key(), getOffsets());
    s.put(DeepEstimator.BIAS_LAMBDA.key(), getBiasLambda());
    s.put("seed", getSeed());
    s.put(DeepEstimator.PRECISION.key(), getPrecision());
    return new DeepEstimator(DeepEstimator.TABLE.resolve(s));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    IdColumns.requireNumeric(schema, getUserCol(), "user");
    IdColumns.requireNumeric(schema, getItemCol(), "item");
    IdColumns.requireNumeric(schema, getRatingCol(), "rating");
    if (isDefined(validationIndicatorCol())) {
      String v = getValidationIndicatorCol();
      if (!schema.apply(v).dataType().equals(DataTypes.BooleanType)) {
        throw new IllegalArgumentException(
            "validation indicator column '" + v + "' is not boolean");
      }
    }
    return IdColumns.withPrediction(schema, getPredictionCol());
  }

  @Override
  public DeepFactorizationModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    DeepEstimator deep = deepEstimator();
    FitInput in = RatingsInput.read(dataset, this);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext());
    RatingModel m = new SparkDeepEstimator(sc, deep, getNumBlocks()).fit(in, ProgressListener.NONE);
    DeepFactorizationModel model =
        new DeepFactorizationModel(uid(), ModelData.of(m)).withSummary(m.summary());
    return copyValues(model, ParamMap.empty()).setParent(this);
  }

  @Override
  public DeepFactorization copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /**
   * @return the reader of saved estimators
   */
  public static MLReader<DeepFactorization> read() {
    return new DefaultParamsReader<>();
  }

  /**
   * @param path where an estimator was saved
   * @return the estimator with its parameters
   */
  public static DeepFactorization load(String path) {
    return read().load(path);
  }
}
