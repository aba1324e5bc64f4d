package dmf.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a run's metrics.csv: the column names (iteration, seconds, then the scalars) and one
 * array of values per row, in the columns' order (NaN where a value is missing or not finite).
 *
 * @param columns the column names
 * @param rows the rows
 */
record MetricsChunk(List<String> columns, List<double[]> rows) {

  /** Copies the lists (not the rows). */
  MetricsChunk {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * @param iteration an iteration
   * @return the rows after it (all rows when there is no iteration column)
   */
  MetricsChunk after(long iteration) {
    int at = columns.indexOf("iteration");
    if (at < 0) {
      return this;
    }
    List<double[]> later = new ArrayList<>();
    for (double[] row : rows) {
      if (row[at] > iteration) {
        later.add(row);
      }
    }
    return new MetricsChunk(columns, later);
  }

  /**
   * @return whether there are no rows
   */
  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The chunk as JSON, column by column: {@code {"columns":[...],"data":[[...],...]}} where {@code
   * data[j]} holds column j of every row, to the precision of {@link JsonText#number}, and a
   * missing or non-finite value is {@code null}.
   *
   * @return the JSON text
   */
  String toJson() {
    StringBuilder sb = new StringBuilder(32 + rows.size() * columns.size() * 12);
    sb.append("{\"columns\":[");
    for (int j = 0; j < columns.size(); j++) {
      sb.append(j == 0 ? "" : ",");
      JsonText.string(sb, columns.get(j));
    }
    sb.append("],\"data\":[");
    for (int j = 0; j < columns.size(); j++) {
      sb.append(j == 0 ? "[" : ",[");
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        double[] row = rows.get(i);
        JsonText.number(sb, j < row.length ? row[j] : Double.NaN);
      }
      sb.append(']');
    }
    return sb.append("]}").toString();
  }
}
