package dmf.io.data;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.Json;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import dmf.io.npy.NpyStream;
import dmf.linalg.LowRank;
import dmf.linalg.Mat;
import dmf.problem.CompletionProblem;
import dmf.problem.Observations;
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
 *   <li>{@code w_star.npy}: the ground truth (rows×cols, optional); or {@code u_star.npy} (rows×r)
 *       and {@code v_star.npy} (cols×r) with W* = U·Vᵀ, as dmf writes a large W*;
 *   <li>completion: {@code rows.npy}, {@code cols.npy} (integers: int32 or int64) and {@code
 *       values.npy} (or {@code vals.npy}, as ../shared/peers/gen_instance.py writes it; float32 or
 *       float64, kept in the precision of the file), read in bulk at near disk speed; any number of
 *       entries up to 2^31 − 1;
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
    boolean sensing = Files.exists(dir.resolve("A.npy"));
    boolean completion = Files.exists(dir.resolve("rows.npy"));
    if (sensing == completion) {
      throw new UserInputException(
          dir
              + ": expected either rows.npy/cols.npy/values.npy "
              + "(completion) or A.npy/y.npy (sensing)");
    }
    try {
      return sensing ? readSensing(dir, denseTruth(dir)) : readCompletion(dir);
    } catch (UserInputException ex) {
      if (ex.getMessage().startsWith(dir.toString())) {
        throw ex;
      }
      throw new UserInputException(dir + ": " + ex.getMessage());
    }
  }

  private static Problem readCompletion(Path dir) {
    Path rowsFile = dir.resolve("rows.npy");
    Path colsFile = dir.resolve("cols.npy");
    Path valuesFile = dir.resolve("values.npy");
    if (!Files.exists(valuesFile)) {
      valuesFile = dir.resolve("vals.npy");
    }
    Observations omega;
    try (NpyStream r = NpyStream.open(rowsFile).require1d("row indices");
        NpyStream c = NpyStream.open(colsFile).require1d("column indices");
        NpyStream v = NpyStream.open(valuesFile).require1d("values")) {
      if (r.count() != c.count() || r.count() != v.count()) {
        throw new UserInputException(
            dir
                + ": rows.npy, cols.npy and "
                + valuesFile.getFileName()
                + " have different lengths ("
                + r.count()
                + ", "
                + c.count()
                + ", "
                + v.count()
                + ")");
      }
      if (r.count() > Integer.MAX_VALUE) {
        throw new UserInputException(dir + ": more than 2^31 − 1 observed entries");
      }
      Observations.Builder b = Observations.builder(r.count(), v.isFloat32());
      for (int t = 0; t * (long) Observations.CHUNK < r.count(); t++) {
        r.read(b.rows(t));
        c.read(b.cols(t));
        if (v.isFloat32()) {
          v.read(b.floats(t));
        } else if (v.isInteger()) {
          throw new UserInputException(valuesFile + ": expected a float array");
        } else {
          v.read(b.doubles(t));
        }
      }
      omega = b.build();
    }
    LowRank factors = truthFactors(dir);
    Mat truth = factors == null ? denseTruth(dir) : null;
    int[] shape = shape(dir, truth, factors);
    return CompletionProblem.of(shape[0], shape[1], omega, truth, factors);
  }

  /** W* from w_star.npy, or null. */
  private static Mat denseTruth(Path dir) {
    Path wstar = dir.resolve("w_star.npy");
    return Files.exists(wstar) ? matrix(wstar) : null;
  }

  /** W* = U·Vᵀ from u_star.npy and v_star.npy, or null. */
  private static LowRank truthFactors(Path dir) {
    Path u = dir.resolve("u_star.npy");
    Path v = dir.resolve("v_star.npy");
    if (!Files.exists(u) || !Files.exists(v)) {
      return null;
    }
    Mat left = matrix(u);
    Mat right = matrix(v);
    if (left.cols() != right.cols()) {
      throw new UserInputException(
          dir
              + ": u_star.npy and v_star.npy differ in rank ("
              + left.cols()
              + ", "
              + right.cols()
              + ")");
    }
    return new LowRank(left, right);
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

  private static int[] shape(Path dir, Mat truth, LowRank factors) {
    if (truth != null) {
      return new int[] {truth.rows(), truth.cols()};
    }
    if (factors != null) {
      return new int[] {factors.rows(), factors.cols()};
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
      writeCompletion(dir, (CompletionProblem) problem);
    } else {
      SensingProblem s = (SensingProblem) problem;
      int mm = s.y().length;
      Npy.writeFloat64(dir.resolve("A.npy"), new long[] {mm, s.rows(), s.cols()}, s.toRowMajor());
      Npy.writeFloat64(dir.resolve("y.npy"), new long[] {mm}, s.y());
    }
    Json.write(dir.resolve("meta.json"), m);
  }

  /**
   * Writes Ω as int64/float64 (as gen_instance.py does), or int32/float32 when the values are held
   * in float32 (as gen_ratings.py does); a low-rank W* as u_star.npy and v_star.npy.
   */
  private static void writeCompletion(Path dir, CompletionProblem c) {
    int k = c.observationCount();
    long[] shape = {k};
    Observations o = c.observations();
    if (o.isFloat32()) {
      Npy.writeInt32(dir.resolve("rows.npy"), shape, c.rowIdx());
      Npy.writeInt32(dir.resolve("cols.npy"), shape, c.colIdx());
      float[] v = new float[k];
      for (int t = 0; t < k; t++) {
        v[t] = (float) o.value(t);
      }
      Npy.writeFloat32(dir.resolve("values.npy"), shape, v);
    } else {
      Npy.writeInt64(dir.resolve("rows.npy"), shape, toLongs(c.rowIdx()));
      Npy.writeInt64(dir.resolve("cols.npy"), shape, toLongs(c.colIdx()));
      Npy.writeFloat64(dir.resolve("values.npy"), shape, c.values());
    }
    c.truthFactors()
        .ifPresent(
            t -> {
              Npy.writeMatrix(dir.resolve("u_star.npy"), t.left());
              Npy.writeMatrix(dir.resolve("v_star.npy"), t.right());
            });
  }

  private static long[] toLongs(int[] a) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
