package dmf.io.data;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.Json;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problem instances as folders of NumPy files, interchangeable with Python.
 *
 * <ul>
 *   <li>{@code w_star.npy}: the ground truth (rows×cols, optional);
 *   <li>completion: {@code rows.npy}, {@code cols.npy} (integers) and {@code values.npy} (or {@code
 *       vals.npy}, as ../shared/peers/gen_instance.py writes it);
 *   <li>sensing: {@code A.npy} (m×rows×cols) and {@code y.npy} (m);
 *   <li>{@code meta.json}: the shape when there is no ground truth ({@code rows}/{@code cols}, or
 *       {@code m}/{@code n} as gen_instance.py writes), and free-form generator settings.
 * </ul>
 */
public final class Instances {
  private Instances() {}

  /**
   * Reads an instance folder.
   *
   * @param dir the folder
   * @return the completion or sensing problem
   * @throws UserInputException naming the folder or file on any problem
   */
  public static Problem read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserInputException(dir + ": no such instance folder");
    }
    Path wstar = dir.resolve("w_star.npy");
    Mat truth = Files.exists(wstar) ? matrix(wstar) : null;
    boolean sensing = Files.exists(dir.resolve("A.npy"));
    boolean completion = Files.exists(dir.resolve("rows.npy"));
    if (sensing == completion) {
      throw new UserInputException(
          dir
              + ": expected either rows.npy/cols.npy/values.npy "
              + "(completion) or A.npy/y.npy (sensing)");
    }
    try {
      return sensing ? readSensing(dir, truth) : readCompletion(dir, truth);
    } catch (UserInputException ex) {
      if (ex.getMessage().startsWith(dir.toString())) {
        throw ex;
      }
      throw new UserInputException(dir + ": " + ex.getMessage());
    }
  }

  private static Problem readCompletion(Path dir, Mat truth) {
    Path rowsFile = dir.resolve("rows.npy");
    Path colsFile = dir.resolve("cols.npy");
    Path valuesFile = dir.resolve("values.npy");
    if (!Files.exists(valuesFile)) {
      valuesFile = dir.resolve("vals.npy");
    }
    int[] r = Npy.read(rowsFile).requireRank(1, rowsFile.toString()).asInts(rowsFile.toString());
    int[] c = Npy.read(colsFile).requireRank(1, colsFile.toString()).asInts(colsFile.toString());
    double[] v = Npy.read(valuesFile).requireRank(1, valuesFile.toString()).asDoubles();
    if (r.length != c.length || r.length != v.length) {
      throw new UserInputException(
          dir
              + ": rows.npy, cols.npy and "
              + valuesFile.getFileName()
              + " have different lengths ("
              + r.length
              + ", "
              + c.length
              + ", "
              + v.length
              + ")");
    }
    int[] shape = shape(dir, truth);
    return new CompletionProblem(shape[0], shape[1], r, c, v, truth);
  }

  private static Problem readSensing(Path dir, Mat truth) {
    Path aFile = dir.resolve("A.npy");
    Path yFile = dir.resolve("y.npy");
    NpyArray a = Npy.read(aFile).requireRank(3, aFile.toString());
    double[] y = Npy.read(yFile).requireRank(1, yFile.toString()).asDoubles();
    int m = (int) a.dim(0);
    int rows = (int) a.dim(1);
    int cols = (int) a.dim(2);
    if (m != y.length) {
      throw new UserInputException(
          aFile
              + " holds "
              + m
              + " measurement matrices but "
              + yFile
              + " holds "
              + y.length
              + " values");
    }
    if (truth != null && (truth.rows() != rows || truth.cols() != cols)) {
      throw new UserInputException(
          dir.resolve("w_star.npy")
              + " is "
              + truth.rows()
              + "x"
              + truth.cols()
              + " but A.npy matrices are "
              + rows
              + "x"
              + cols);
    }
    return SensingProblem.fromRowMajor(rows, cols, m, a.asDoubles(), y, truth);
  }

  private static int[] shape(Path dir, Mat truth) {
    if (truth != null) {
      return new int[] {truth.rows(), truth.cols()};
    }
    Path metaFile = dir.resolve("meta.json");
    if (!Files.exists(metaFile)) {
      throw new UserInputException(dir + ": no w_star.npy or meta.json to give the matrix shape");
    }
    Map<String, Object> meta = Json.readObject(metaFile);
    Object r = meta.containsKey("rows") ? meta.get("rows") : meta.get("m");
    Object c = meta.containsKey("cols") ? meta.get("cols") : meta.get("n");
    if (!(r instanceof Number) || !(c instanceof Number)) {
      throw new UserInputException(metaFile + ": needs integer 'rows' and 'cols'");
    }
    return new int[] {((Number) r).intValue(), ((Number) c).intValue()};
  }

  /**
   * Reads a 2-d float array as a matrix.
   *
   * @param file the .npy file
   * @return the matrix
   */
  public static Mat matrix(Path file) {
    NpyArray a = Npy.read(file).requireRank(2, file.toString());
    if (a.isInteger()) {
      throw new UserInputException(file + ": expected a float array, found " + a.type().descr());
    }
    return Mat.fromRowMajor((int) a.dim(0), (int) a.dim(1), a.asDoubles());
  }

  /**
   * Writes an instance folder (each file atomically).
   *
   * @param dir the folder (created if needed)
   * @param problem the problem
   * @param meta generator settings to record in meta.json (rows, cols and kind are added)
   */
  public static void write(Path dir, Problem problem, Map<String, Object> meta) {
    AtomicFiles.createDirectories(dir);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", problem.kind());
    m.put("rows", problem.rows());
    m.put("cols", problem.cols());
    m.putAll(meta);
    problem.groundTruth().ifPresent(t -> Npy.writeMatrix(dir.resolve("w_star.npy"), t));
    if (problem instanceof CompletionProblem) {
      CompletionProblem c = (CompletionProblem) problem;
      int k = c.values().length;
      Npy.writeInt64(dir.resolve("rows.npy"), new long[] {k}, toLongs(c.rowIdx()));
      Npy.writeInt64(dir.resolve("cols.npy"), new long[] {k}, toLongs(c.colIdx()));
      Npy.writeFloat64(dir.resolve("values.npy"), new long[] {k}, c.values());
    } else {
      SensingProblem s = (SensingProblem) problem;
      int mm = s.y().length;
      Npy.writeFloat64(dir.resolve("A.npy"), new long[] {mm, s.rows(), s.cols()}, s.toRowMajor());
      Npy.writeFloat64(dir.resolve("y.npy"), new long[] {mm}, s.y());
    }
    Json.write(dir.resolve("meta.json"), m);
  }

  private static long[] toLongs(int[] a) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
