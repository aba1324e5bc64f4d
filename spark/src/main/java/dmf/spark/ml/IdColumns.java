package dmf.spark.ml;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import dmf.base.UserInputException;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;

/**
 * The columns the estimator and its model read, checked as MLlib's ALS checks them: ids are
 * integers (any numeric column whose values are whole numbers; a fraction or a null is an error
 * when the rows are read), ratings are numbers.
 */
final class IdColumns {
  private IdColumns() {}

  /**
   * @param schema a schema
   * @param name a column name
   * @param what what the column holds, for the message
   * @throws UserInputException when the column is missing or not numeric
   */
  static void requireNumeric(StructType schema, String name, String what) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      throw new UserInputException(
          what
              + " column '"
              + name
              + "' is not in the data (columns: "
              + String.join(", ", schema.fieldNames())
              + ")");
    }
    DataType t = schema.apply(name).dataType();
    if (!(t instanceof NumericType)) {
      throw new UserInputException(
          what + " column '" + name + "' must be numeric, but it is " + t.simpleString());
    }
  }

  /**
   * @param data the data
   * @param name an id column
   * @return the ids as longs; reading a null or a fraction fails with a message naming the column
   */
  static Column ids(Dataset<?> data, String name) {
    Column c = data.col(name);
    Column whole = c.cast(DataTypes.LongType);
    DataType t = data.schema().apply(name).dataType();
    boolean integral =
        t.equals(DataTypes.LongType)
            || t.equals(DataTypes.IntegerType)
            || t.equals(DataTypes.ShortType)
            || t.equals(DataTypes.ByteType);
    Column bad = integral ? c.isNull() : c.isNull().or(c.notEqual(whole));
    return when(
            bad,
            raise_error(
                concat(
                    lit("ids of column " + name + " must be whole numbers, not null; got "),
                    c.cast(DataTypes.StringType))))
        .otherwise(whole);
  }

  /**
   * @param data the data
   * @param name the rating column
   * @return the ratings as float32 (as the core holds them); a null or NaN fails when read
   */
  static Column ratings(Dataset<?> data, String name) {
    Column c = data.col(name);
    return when(
            c.isNull().or(c.isNaN()),
            raise_error(lit("ratings of column " + name + " must be numbers, not null or NaN")))
        .otherwise(c.cast(DataTypes.FloatType));
  }

  /**
   * @param schema the input schema
   * @param name the prediction column
   * @return the schema with the prediction column (float64) appended
   * @throws UserInputException when the column exists already
   */
  static StructType withPrediction(StructType schema, String name) {
    if (Arrays.asList(schema.fieldNames()).contains(name)) {
      throw new UserInputException("prediction column '" + name + "' exists already");
    }
    return schema.add(name, DataTypes.DoubleType);
  }
}
