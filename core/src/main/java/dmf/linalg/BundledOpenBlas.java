package dmf.linalg;

import java.io.File;
import java.io.IOException;
import org.bytedeco.javacpp.Loader;

/** Loads the OpenBLAS library shipped in the {@code org.bytedeco:openblas} artifact. */
final class BundledOpenBlas {
  private BundledOpenBlas() {}

  /**
   * Extracts and loads the bundled OpenBLAS (with LAPACK) and sets its thread count.
   *
   * @param threads BLAS threads to use
   * @return the absolute path of {@code libopenblas.so.0}, or null when it cannot be loaded
   */
  static String load(int threads) {
    try {
      String jni = Loader.load(org.bytedeco.openblas.global.openblas.class);
      if (jni == null) {
        return null;
      }
      org.bytedeco.openblas.presets.openblas.blas_set_num_threads(threads);
      File lib = new File(new File(jni).getParentFile(), "libopenblas.so.0");
      return lib.isFile() ? lib.getAbsolutePath() : null;
    } catch (Throwable t) {
      return null;
    }
  }

  /**
   * @return the number of threads the bundled OpenBLAS reports
   */
  static int threads() {
    return org.bytedeco.openblas.presets.openblas.blas_get_num_threads();
  }

  /**
   * @return the version of the bundled OpenBLAS artifact
   */
  static String version() {
    try {
      String v = Loader.getVersion("org.bytedeco", "openblas");
      return v == null ? "0.3.31" : v.replaceFirst("-.*", "");
    } catch (IOException | RuntimeException e) {
      return "0.3.31";
    }
  }
}
