package dmf.spark.ml;

import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.util.Identifiable;

/**
 * The parameters that {@link DeepFactorization} and {@link DeepFactorizationModel} share, named and
 * defaulted as MLlib's ALS names them.
 */
final class SharedParams {
  private SharedParams() {}

  static Param<String> userCol(Identifiable parent) {
    return new Param<>(parent, "userCol", "column of user ids (whole numbers)");
  }

  static Param<String> itemCol(Identifiable parent) {
    return new Param<>(parent, "itemCol", "column of item ids (whole numbers)");
  }

  static Param<String> predictionCol(Identifiable parent) {
    return new Param<>(parent, "predictionCol", "column of predictions (float64)");
  }

  static Param<String> coldStartStrategy(Identifiable parent) {
    return new Param<>(
        parent,
        "coldStartStrategy",
        "predictions for users and items without training ratings: nan (NaN) or drop (rows"
            + " left out)",
        ParamCheck.oneOf("nan", "drop"));
  }

  /** Sets ALS's defaults: "user", "item", "prediction", "nan". */
  static void defaults(
      Params p,
      Param<String> userCol,
      Param<String> itemCol,
      Param<String> predictionCol,
      Param<String> coldStartStrategy) {
    p.setDefault(userCol, "user");
    p.setDefault(itemCol, "item");
    p.setDefault(predictionCol, "prediction");
    p.setDefault(coldStartStrategy, "nan");
  }
}
