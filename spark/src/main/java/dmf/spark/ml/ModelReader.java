package dmf.spark.ml;

import dmf.base.UserInputException;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsReader$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/** Loads what {@link ModelWriter} saved. */
final class ModelReader extends MLReader<DeepFactorizationModel> {
  @Override
  public DeepFactorizationModel load(String path) {
    SparkSession spark = sparkSession();
    DefaultParamsReader.Metadata meta =
        DefaultParamsReader$.MODULE$.loadMetadata(
            path, spark, DeepFactorizationModel.class.getName());
    Row m = read(spark, path + "/model").get(0);
    List<Row> users = sorted(read(spark, path + "/users"), 0);
    List<Row> items = sorted(read(spark, path + "/items"), 0);
    List<Row> pieces = read(spark, path + "/factors");
    pieces.sort(Comparator.<Row>comparingInt(r -> r.getInt(0)).thenComparingInt(r -> r.getInt(3)));
    int n = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).getInt(0) + 1;
    int[][] shapes = new int[n][];
    double[][] factors = new double[n][];
    int[] filled = new int[n];
    for (Row r : pieces) {
      int j = r.getInt(0);
      if (factors[j] == null) {
        shapes[j] = new int[] {r.getInt(1), r.getInt(2)};
        factors[j] = new double[r.getInt(1) * r.getInt(2)];
      }
      List<Double> v = r.getList(4);
      for (double x : v) {
        factors[j][filled[j]++] = x;
      }
    }
    for (int j = 0; j < n; j++) {
      if (factors[j] == null || filled[j] != factors[j].length) {
        throw new UserInputException(path + ": factor " + (j + 1) + " is incomplete");
      }
    }
    ModelData d =
        new ModelData(
            m.getString(0),
            users.stream().mapToLong(r -> r.getLong(1)).toArray(),
            items.stream().mapToLong(r -> r.getLong(1)).toArray(),
            m.getDouble(1),
            users.stream().mapToDouble(r -> r.getDouble(2)).toArray(),
            items.stream().mapToDouble(r -> r.getDouble(2)).toArray(),
            users.stream().mapToInt(r -> r.getInt(3)).toArray(),
            items.stream().mapToInt(r -> r.getInt(3)).toArray(),
            m.getDouble(2),
            m.getDouble(3),
            shapes,
            factors,
            m.getString(4),
            m.getLong(5),
            m.getLong(6),
            m.getDouble(7),
            m.getDouble(8));
    DeepFactorizationModel model = new DeepFactorizationModel(meta.uid(), d);
    meta.getAndSetParams(model, Option.empty());
    return model;
  }

  private static List<Row> read(SparkSession spark, String path) {
    return spark.read().parquet(path).collectAsList();
  }

  private static List<Row> sorted(List<Row> rows, int field) {
    rows.sort(Comparator.comparingInt(r -> r.getInt(field)));
    return rows;
  }
}
