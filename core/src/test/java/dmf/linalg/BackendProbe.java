package dmf.linalg;

import dmf.testing.Fixtures;
import java.util.Arrays;

/**
 * Run in a child JVM by {@link BackendTest}: prints the backend this process resolved and the
 * results of a few fixed computations, one per line, so that another backend can be compared.
 */
public final class BackendProbe {
  private BackendProbe() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    for (String line : lines()) {
      System.out.println(line);
    }
  }

  /**
   * @return "native" or "java", the description, then the results of {@link #results}
   */
  static String[] lines() {
    Backend b = Backend.get();
    double[] r = results();
    String[] out = new String[2 + r.length];
    out[0] = b.isNative() ? "native" : "java";
    out[1] = b.description();
    for (int i = 0; i < r.length; i++) {
      out[2 + i] = Double.toString(r[i]);
    }
    return out;
  }

  /**
   * @return singular values, eigenvalues, a float64 and a float32 GEMM of fixed 7×5 inputs
   */
  static double[] results() {
    Mat a = Fixtures.gaussian(7, 5, 1);
    Mat s = Fixtures.symmetric(6, 2);
    double[] svd = Svd.values(a);
    double[] eig = SymEig.values(s);
    double[] c64 = Mat.multiply(a, true, a, false).data();
    float[] af = Ops32.INSTANCE.fromDoubles(a.data());
    float[] c32 = new float[25];
    Ops32.INSTANCE.gemm(true, false, 5, 5, 7, 1.0, af, 7, af, 7, 0.0, c32, 5);
    double[] out = Arrays.copyOf(svd, svd.length + eig.length + 50);
    System.arraycopy(eig, 0, out, svd.length, eig.length);
    System.arraycopy(c64, 0, out, svd.length + eig.length, 25);
    for (int i = 0; i < 25; i++) {
      out[svd.length + eig.length + 25 + i] = c32[i];
    }
    return out;
  }
}
