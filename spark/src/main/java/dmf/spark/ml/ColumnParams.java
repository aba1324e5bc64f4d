package dmf.spark.ml;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;

/**
 * The column parameters that {@link DeepFactorization} and {@link DeepFactorizationModel} share,
 * with their getters (the parameters themselves are each instance's own, see {@link SharedParams}).
 */
interface ColumnParams extends Params {
  /**
   * @return the user id column (default "user"; whole numbers)
   */
  Param<String> userCol();

  /**
   * @return the item id column (default "item"; whole numbers)
   */
  Param<String> itemCol();

  /**
   * @return the prediction column (default "prediction")
   */
  Param<String> predictionCol();

  /**
   * @return the rule for users and items without training ratings: "nan" (default) or "drop"
   */
  Param<String> coldStartStrategy();

  /**
   * @return the value of {@link #userCol()}
   */
  default String getUserCol() {
    return getOrDefault(userCol());
  }

  /**
   * @return the value of {@link #itemCol()}
   */
  default String getItemCol() {
    return getOrDefault(itemCol());
  }

  /**
   * @return the value of {@link #predictionCol()}
   */
  default String getPredictionCol() {
    return getOrDefault(predictionCol());
  }

  /**
   * @return the value of {@link #coldStartStrategy()}
   */
  default String getColdStartStrategy() {
    return getOrDefault(coldStartStrategy());
  }
}
