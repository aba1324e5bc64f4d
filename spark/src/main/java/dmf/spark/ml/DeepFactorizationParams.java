package dmf.spark.ml;

import dmf.deep.TrainingSettings;
import dmf.ratings.DeepEstimator;
import dmf.settings.Setting;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;

/**
 * The parameters of {@link DeepFactorization} about the model and its training, with the defaults
 * of the core's deep factorization for ratings ({@link DeepEstimator}); each is checked against the
 * core setting of the same meaning.
 */
abstract class DeepFactorizationParams extends DataParams {
  private static final long serialVersionUID = 1L;

  final IntParam depth;
  final IntParam width;
  final Param<String> init;
  final DoubleParam initScale;
  final Param<String> optimizer;
  final DoubleParam stepSize;
  final IntParam maxIter;
  final IntParam evalEvery;
  final IntParam patience;
  final Param<String> offsets;
  final DoubleParam biasLambda;
  final Param<String> precision;

  DeepFactorizationParams(String uid) {
    super(uid);
    depth = new IntParam(this, "depth", "depth N ≥ 2 of W = W_N⋯W_1", check(DeepEstimator.DEPTH));
    width = new IntParam(this, "width", "hidden width of every layer", ParamCheck.atLeast(1));
    init = new Param<>(this, "init", "how the factors start", check(TrainingSettings.INIT));
    initScale =
        new DoubleParam(
            this,
            "initScale",
            "init scale: factor std initScale^(1/N)/√min(users, items)",
            check(DeepEstimator.INIT_SCALE));
    optimizer =
        new Param<>(this, "optimizer", "the update rule", check(TrainingSettings.OPTIMIZER));
    stepSize = new DoubleParam(this, "stepSize", "learning rate", check(DeepEstimator.LR));
    maxIter = new IntParam(this, "maxIter", "iteration budget", check(DeepEstimator.MAX_ITERS));
    evalEvery =
        new IntParam(
            this,
            "evalEvery",
            "measure the validation RMSE every this many iterations",
            check(DeepEstimator.EVAL_EVERY));
    patience =
        new IntParam(
            this,
            "patience",
            "stop after this many checks without a better validation RMSE",
            check(DeepEstimator.PATIENCE));
    offsets = new Param<>(this, "offsets", "none, mean or biases", check(DeepEstimator.OFFSETS));
    biasLambda =
        new DoubleParam(
            this, "biasLambda", "λ of the user and item biases", check(DeepEstimator.BIAS_LAMBDA));
    precision =
        new Param<>(
            this, "precision", "float32 or float64 training", check(DeepEstimator.PRECISION));
    setDefault(depth, DeepEstimator.DEPTH.defaultValue());
    setDefault(width, DeepEstimator.WIDTHS.defaultValue().toArray()[0]);
    setDefault(init, TrainingSettings.INIT.defaultValue().label());
    setDefault(initScale, DeepEstimator.INIT_SCALE.defaultValue());
    setDefault(optimizer, TrainingSettings.OPTIMIZER.defaultValue().label());
    setDefault(stepSize, DeepEstimator.LR.defaultValue());
    setDefault(maxIter, DeepEstimator.MAX_ITERS.defaultValue().intValue());
    setDefault(evalEvery, DeepEstimator.EVAL_EVERY.defaultValue().intValue());
    setDefault(patience, DeepEstimator.PATIENCE.defaultValue());
    setDefault(offsets, DeepEstimator.OFFSETS.defaultValue().label());
    setDefault(biasLambda, DeepEstimator.BIAS_LAMBDA.defaultValue());
    setDefault(precision, DeepEstimator.PRECISION.defaultValue().label());
  }

  private static <T> ParamCheck<T> check(Setting<?> s) {
    return ParamCheck.setting(s.key());
  }

  /**
   * @return the depth N (default 2)
   */
  public IntParam depth() {
    return depth;
  }

  /**
   * @return the value of {@link #depth()}
   */
  public int getDepth() {
    return (Integer) getOrDefault(depth);
  }

  /**
   * @return the hidden width (default 128)
   */
  public IntParam width() {
    return width;
  }

  /**
   * @return the value of {@link #width()}
   */
  public int getWidth() {
    return (Integer) getOrDefault(width);
  }

  /**
   * @return the init scheme (default "gaussian")
   */
  public Param<String> init() {
    return init;
  }

  /**
   * @return the value of {@link #init()}
   */
  public String getInit() {
    return getOrDefault(init);
  }

  /**
   * @return the init scale (default 0.01)
   */
  public DoubleParam initScale() {
    return initScale;
  }

  /**
   * @return the value of {@link #initScale()}
   */
  public double getInitScale() {
    return (Double) getOrDefault(initScale);
  }

  /**
   * @return the optimizer (default "grouprmsprop"; any of the core's)
   */
  public Param<String> optimizer() {
    return optimizer;
  }

  /**
   * @return the value of {@link #optimizer()}
   */
  public String getOptimizer() {
    return getOrDefault(optimizer);
  }

  /**
   * @return the learning rate (default 0.2)
   */
  public DoubleParam stepSize() {
    return stepSize;
  }

  /**
   * @return the value of {@link #stepSize()}
   */
  public double getStepSize() {
    return (Double) getOrDefault(stepSize);
  }

  /**
   * @return the iteration budget (default 5000)
   */
  public IntParam maxIter() {
    return maxIter;
  }

  /**
   * @return the value of {@link #maxIter()}
   */
  public int getMaxIter() {
    return (Integer) getOrDefault(maxIter);
  }

  /**
   * @return the validation interval in iterations (default 10)
   */
  public IntParam evalEvery() {
    return evalEvery;
  }

  /**
   * @return the value of {@link #evalEvery()}
   */
  public int getEvalEvery() {
    return (Integer) getOrDefault(evalEvery);
  }

  /**
   * @return the validation checks without improvement before stopping (default 10)
   */
  public IntParam patience() {
    return patience;
  }

  /**
   * @return the value of {@link #patience()}
   */
  public int getPatience() {
    return (Integer) getOrDefault(patience);
  }

  /**
   * @return what the factors add to: "none", "mean" or "biases" (default)
   */
  public Param<String> offsets() {
    return offsets;
  }

  /**
   * @return the value of {@link #offsets()}
   */
  public String getOffsets() {
    return getOrDefault(offsets);
  }

  /**
   * @return λ of the biases (default 5)
   */
  public DoubleParam biasLambda() {
    return biasLambda;
  }

  /**
   * @return the value of {@link #biasLambda()}
   */
  public double getBiasLambda() {
    return (Double) getOrDefault(biasLambda);
  }

  /**
   * @return the training precision (default "float32")
   */
  public Param<String> precision() {
    return precision;
  }

  /**
   * @return the value of {@link #precision()}
   */
  public String getPrecision() {
    return getOrDefault(precision);
  }
}
