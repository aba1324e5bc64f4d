package dmf.spark.ml;

import java.util.Locale;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;

/**
 * The parameters of {@link DeepFactorizationModel}, named and defaulted as those of MLlib's {@code
 * ALSModel}.
 */
abstract class ModelParams extends Model<DeepFactorizationModel> implements ColumnParams {
  private static final long serialVersionUID = 1L;

  private final String uid;
  final Param<String> userCol;
  final Param<String> itemCol;
  final Param<String> predictionCol;
  final Param<String> coldStartStrategy;

  ModelParams(String uid) {
    this.uid = uid;
    userCol = SharedParams.userCol(this);
    itemCol = SharedParams.itemCol(this);
    predictionCol = SharedParams.predictionCol(this);
    coldStartStrategy = SharedParams.coldStartStrategy(this);
    SharedParams.defaults(this, userCol, itemCol, predictionCol, coldStartStrategy);
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

  @Override
  public Param<String> predictionCol() {
    return predictionCol;
  }

  @Override
  public Param<String> coldStartStrategy() {
    return coldStartStrategy;
  }

  /**
   * @param v the user id column
   * @return this
   */
  public DeepFactorizationModel setUserCol(String v) {
    return (DeepFactorizationModel) set(userCol, v);
  }

  /**
   * @param v the item id column
   * @return this
   */
  public DeepFactorizationModel setItemCol(String v) {
    return (DeepFactorizationModel) set(itemCol, v);
  }

  /**
   * @param v the prediction column
   * @return this
   */
  public DeepFactorizationModel setPredictionCol(String v) {
    return (DeepFactorizationModel) set(predictionCol, v);
  }

  /**
   * @param v "nan" or "drop"
   * @return this
   */
  public DeepFactorizationModel setColdStartStrategy(String v) {
    return (DeepFactorizationModel) set(coldStartStrategy, v.toLowerCase(Locale.ROOT));
  }
}
