package dmf.spark.ml;

import static org.apache.spark.sql.functions.udf;

import dmf.ratings.FitSummary;
import dmf.ratings.RatingModel;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * A deep factorization fitted by {@link DeepFactorization}: predicts r̂_ui = clip(μ + b_u + b_i +
 * W_ui) for (user, item) rows ({@link #transform}), lists the top items of every user and the top
 * users of every item, and saves and loads itself ({@code save(path)}, {@link #load}).
 *
 * <p>As MLlib's {@code ALSModel}: ids are integers; a user or item without training ratings is
 * cold, and {@code coldStartStrategy} "nan" predicts NaN for it while "drop" leaves its rows out.
 * Unlike ALS, predictions are float64 (the core's), clipped to the training ratings' range.
 */
public final class DeepFactorizationModel extends ModelParams implements MLWritable {
  private static final long serialVersionUID = 1L;

  private final ModelData data;
  private transient FitSummary summary;
  private transient Broadcast<ModelData> shipped;
  private transient SparkContext shippedBy;

  /**
   * @param uid the model's id
   * @param data what it holds
   */
  DeepFactorizationModel(String uid, ModelData data) {
    super(uid);
    this.data = data;
  }

  /**
   * A model of a fit made by the core's ratings API (e.g. {@code dmf spark fit}), for use in Spark.
   *
   * @param model a fitted rating model with integer ids
   * @return the Spark model, with default parameters
   */
  public static DeepFactorizationModel of(RatingModel model) {
    return new DeepFactorizationModel(
        Identifiable$.MODULE$.randomUID("dmfModel"), ModelData.of(model));
  }

  /**
   * @return the core's rating model (offsets, factors A_1..A_N, id maps, counts, range)
   */
  public RatingModel ratingModel() {
    return data.model();
  }

  /**
   * @return the depth N
   */
  public int depth() {
    return data.depth();
  }

  /**
   * @return the validation RMSE of the kept iterate (NaN without a validation part)
   */
  public double validationRmse() {
    return data.validationRmse;
  }

  /**
   * @return the iteration whose factors were kept (the best on validation)
   */
  public long bestIteration() {
    return data.bestIteration;
  }

  /**
   * @return how training stopped, e.g. "early_stopped" or "max_iters"
   */
  public String stopReason() {
    return data.stopReason;
  }

  ModelData data() {
    return data;
  }

  /**
   * @return whether the model holds the summary of its fit (a fitted model and its copies do; a
   *     loaded one does not, as MLlib's models)
   */
  public boolean hasSummary() {
    return summary != null;
  }

  /**
   * @return how the fit went: stop reason, iterations, the validation RMSE and seconds at each
   *     check
   * @throws IllegalStateException without a summary
   */
  public FitSummary summary() {
    if (summary == null) {
      throw new IllegalStateException("no fit summary: the model was loaded");
    }
    return summary;
  }

  DeepFactorizationModel withSummary(FitSummary s) {
    summary = s;
    return this;
  }

  /** The data broadcast once per Spark context. */
  private synchronized Broadcast<ModelData> shipped(SparkSession spark) {
    if (shipped == null || shippedBy != spark.sparkContext()) {
      shippedBy = spark.sparkContext();
      shipped = JavaSparkContext.fromSparkContext(shippedBy).broadcast(data);
    }
    return shipped;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    IdColumns.requireNumeric(schema, getOrDefault(userCol), "user");
    IdColumns.requireNumeric(schema, getOrDefault(itemCol), "item");
    return IdColumns.withPrediction(schema, getOrDefault(predictionCol));
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    Broadcast<ModelData> m = shipped(dataset.sparkSession());
    UserDefinedFunction predict =
        udf((UDF2<Long, Long, Double>) (u, i) -> m.value().predict(u, i), DataTypes.DoubleType);
    Column p =
        predict.apply(
            IdColumns.ids(dataset, getOrDefault(userCol)),
            IdColumns.ids(dataset, getOrDefault(itemCol)));
    Dataset<Row> out = dataset.withColumn(getOrDefault(predictionCol), p);
    return getOrDefault(coldStartStrategy).equals("drop")
        ? out.na().drop("all", new String[] {getOrDefault(predictionCol)})
        : out;
  }

  /**
   * The top items of every user with training ratings, by the unclipped score μ + b_u + b_i + W_ui
   * (best first; ties to the lower item), among the items with training ratings; nothing is left
   * out (as ALS).
   *
   * @param k items per user, at least 1
   * @return (userCol: long, recommendations: array of (itemCol: long, rating: double))
   */
  public Dataset<Row> recommendForAllUsers(int k) {
    return recommend(true, k, null);
  }

  /**
   * {@link #recommendForAllUsers(int)} leaving out the (user, item) pairs of {@code exclude}, for
   * example the training data, so that nobody is offered what they rated.
   *
   * @param k items per user, at least 1
   * @param exclude rows with the user and item columns
   * @return (userCol, recommendations: array of (itemCol, rating))
   */
  public Dataset<Row> recommendForAllUsers(int k, Dataset<?> exclude) {
    return recommend(true, k, exclude);
  }

  /**
   * The top users of every item with training ratings, by the unclipped score (best first; ties to
   * the lower user), among the users with training ratings; nothing is left out (as ALS).
   *
   * @param k users per item, at least 1
   * @return (itemCol: long, recommendations: array of (userCol: long, rating: double))
   */
  public Dataset<Row> recommendForAllItems(int k) {
    return recommend(false, k, null);
  }

  /**
   * {@link #recommendForAllItems(int)} leaving out the (user, item) pairs of {@code exclude}.
   *
   * @param k users per item, at least 1
   * @param exclude rows with the user and item columns
   * @return (itemCol, recommendations: array of (userCol, rating))
   */
  public Dataset<Row> recommendForAllItems(int k, Dataset<?> exclude) {
    return recommend(false, k, exclude);
  }

  private Dataset<Row> recommend(boolean forUsers, int k, Dataset<?> exclude) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    SparkSession spark = exclude != null ? exclude.sparkSession() : SparkSession.active();
    Broadcast<ModelData> m = shipped(spark);
    JavaPairRDD<Integer, Integer> pairs = null;
    if (exclude != null) {
      String u = getOrDefault(userCol);
      String i = getOrDefault(itemCol);
      IdColumns.requireNumeric(exclude.schema(), u, "user");
      IdColumns.requireNumeric(exclude.schema(), i, "item");
      pairs =
          exclude
              .select(IdColumns.ids(exclude, u), IdColumns.ids(exclude, i))
              .javaRDD()
              .mapToPair(
                  r -> {
                    int a = m.value().user(r.getLong(0));
                    int b = m.value().item(r.getLong(1));
                    return forUsers ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
                  })
              .filter(t -> t._1() >= 0 && t._2() >= 0);
    }
    String source = getOrDefault(forUsers ? userCol : itemCol);
    String candidate = getOrDefault(forUsers ? itemCol : userCol);
    return Recommender.topK(spark, m, forUsers, k, pairs, source, candidate);
  }

  @Override
  public DeepFactorizationModel copy(ParamMap extra) {
    return copyValues(new DeepFactorizationModel(uid(), data).withSummary(summary), extra)
        .setParent(parent());
  }

  @Override
  public MLWriter write() {
    return new ModelWriter(this);
  }

  /**
   * @return the reader of saved models
   */
  public static MLReader<DeepFactorizationModel> read() {
    return new ModelReader();
  }

  /**
   * @param path where a model was saved
   * @return the model, predicting the same bits
   */
  public static DeepFactorizationModel load(String path) {
    return read().load(path);
  }

  @Override
  public String toString() {
    return "DeepFactorizationModel: uid=" + uid() + ", depth=" + data.depth();
  }
}
