package dmf.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dmf.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.netlib.util.intW;

class BackendTest {

  @Test
  void oneBackendPerProcessDescribedInOneLine() {
    Backend b = Backend.get();
    assertSame(b, Backend.get());
    assertFalse(b.description().isBlank());
    assertFalse(b.description().contains("\n"));
    assertEquals(b.isNative(), b.description().startsWith("native"), b.description());
    assertEquals(!b.isNative(), b.blas() instanceof JavaBLAS, b.blas().getClass().getName());
    assertTrue(Backend.requestedThreads() >= 1);
  }

  @Test
  void nativeKernelsAgreeWithThePureJavaOnes() {
    Backend b = Backend.get();
    assumeTrue(b.isNative(), "only the pure-Java backend is available here");
    Mat a = Fixtures.gaussian(9, 6, 3);
    Mat x = Fixtures.gaussian(6, 4, 4);
    double[] cn = new double[36];
    double[] cj = new double[36];
    b.blas().dgemm("N", "T", 9, 4, 6, 1.5, a.data(), 9, x.data(), 4, 0, cn, 9);
    JavaBLAS.getInstance().dgemm("N", "T", 9, 4, 6, 1.5, a.data(), 9, x.data(), 4, 0, cj, 9);
    assertArrayEquals(cj, cn, 1e-13);
    // dgesdd, singular values only, through both LAPACKs.
    assertArrayEquals(svdValues(true, a), svdValues(false, a), 1e-13);
  }

  private static double[] svdValues(boolean nativeLapack, Mat a) {
    var lapack = nativeLapack ? Backend.get().lapack() : JavaLAPACK.getInstance();
    int m = a.rows();
    int n = a.cols();
    int k = Math.min(m, n);
    double[] w = a.data().clone();
    double[] s = new double[k];
    double[] query = new double[1];
    int[] iwork = new int[8 * k];
    intW info = new intW(0);
    lapack.dgesdd("N", m, n, w, m, s, new double[1], 1, new double[1], 1, query, -1, iwork, info);
    double[] work = new double[(int) query[0]];
    lapack.dgesdd(
        "N", m, n, w, m, s, new double[1], 1, new double[1], 1, work, work.length, iwork, info);
    assertEquals(0, info.val);
    return s;
  }

  @Test
  void forcingThePureJavaBackendGivesTheSameNumbers() throws IOException, InterruptedException {
    assumeTrue(Backend.get().isNative(), "this process already runs the pure-Java backend");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Ddmf.backend=java",
                    "-cp",
                    System.getProperty("java.class.path"),
                    BackendProbe.class.getName()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    String[] lines = out.strip().split("\n");
    assertEquals("java", lines[0], out);
    assertTrue(lines[1].startsWith("pure Java"), lines[1]);
    String[] here = BackendProbe.lines();
    assertEquals("native", here[0]);
    assertEquals(here.length, lines.length, out);
    for (int i = 2; i < lines.length; i++) {
      double java = Double.parseDouble(lines[i]);
      double nat = Double.parseDouble(here[i]);
      // The last 25 numbers are a float32 GEMM.
      double tol = i >= lines.length - 25 ? 1e-5 : 1e-12;
      assertEquals(nat, java, tol * Math.max(1, Math.abs(nat)), "result " + (i - 2));
    }
  }
}
