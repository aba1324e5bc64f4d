package dmf.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dense BLAS/LAPACK backend every numerical routine of dmf goes through.
 *
 * <p>Resolution order, done once at class initialization:
 *
 * <ol>
 *   <li>OpenBLAS shipped inside the {@code org.bytedeco:openblas} Maven artifact, loaded into the
 *       netlib-java JNI binding (no system install needed);
 *   <li>the system's {@code libblas.so.3}/{@code liblapack.so.3} (e.g. Debian's OpenBLAS);
 *   <li>netlib-java's pure-Java implementation, chosen silently.
 * </ol>
 *
 * <p>Native BLAS runs with one thread per process unless {@code DMF_BLAS_THREADS} says otherwise:
 * parallelism across runs belongs to the sweep runner, and OpenBLAS worker threads collapse on a
 * shared core.
 */
public final class Backend {
  private static final Logger[] QUIET = {
    Logger.getLogger("dev.ludovic.netlib"),
    Logger.getLogger("dev.ludovic.netlib.blas"),
    Logger.getLogger("dev.ludovic.netlib.lapack"),
    Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder"),
    Logger.getLogger("dev.ludovic.netlib.lapack.InstanceBuilder"),
  };
  private static final Backend INSTANCE = resolve();

  private final BLAS blas;
  private final LAPACK lapack;
  private final String description;
  private final boolean nativeCode;

  private Backend(BLAS blas, LAPACK lapack, String description, boolean nativeCode) {
    this.blas = blas;
    this.lapack = lapack;
    this.description = description;
    this.nativeCode = nativeCode;
  }

  /**
   * @return the process-wide backend
   */
  public static Backend get() {
    return INSTANCE;
  }

  /**
   * @return the BLAS implementation in use
   */
  public BLAS blas() {
    return blas;
  }

  /**
   * @return the LAPACK implementation in use
   */
  public LAPACK lapack() {
    return lapack;
  }

  /**
   * @return a one-line description, e.g. "native OpenBLAS 0.3.31 (bundled), 1 thread"
   */
  public String description() {
    return description;
  }

  /**
   * @return whether BLAS calls run native code
   */
  public boolean isNative() {
    return nativeCode;
  }

  /**
   * @return the number of BLAS threads requested (environment variable DMF_BLAS_THREADS, default 1)
   */
  public static int requestedThreads() {
    String s = System.getenv("DMF_BLAS_THREADS");
    try {
      return s == null ? 1 : Math.max(1, Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static Backend resolve() {
    // netlib-java reports a failed native load through java.util.logging; the fallback is silent.
    // The loggers are held in a static field: java.util.logging keeps only weak references.
    for (Logger l : QUIET) {
      l.setLevel(Level.OFF);
    }
    int threads = requestedThreads();
    String forced = System.getProperty("dmf.backend", System.getenv("DMF_BACKEND"));
    if (!"java".equalsIgnoreCase(forced)) {
      String bundled = BundledOpenBlas.load(threads);
      if (bundled != null && Files.exists(Path.of(bundled))) {
        System.setProperty("dev.ludovic.netlib.blas.nativeLibPath", bundled);
        System.setProperty("dev.ludovic.netlib.lapack.nativeLibPath", bundled);
        Backend b =
            tryNative(
                "native OpenBLAS "
                    + BundledOpenBlas.version()
                    + " (bundled), "
                    + threads
                    + (threads == 1 ? " thread" : " threads"));
        if (b != null) {
          return b;
        }
      }
      Backend system = tryNative("native system BLAS/LAPACK (libblas.so.3)");
      if (system != null) {
        return system;
      }
    }
    return new Backend(
        JavaBLAS.getInstance(),
        JavaLAPACK.getInstance(),
        "pure Java (netlib-java " + JavaBLAS.getInstance().getClass().getSimpleName() + ")",
        false);
  }

  private static Backend tryNative(String description) {
    try {
      BLAS blas = NativeBLAS.getInstance();
      LAPACK lapack = NativeLAPACK.getInstance();
      // A tiny call proves the symbols resolve.
      double[] c = new double[1];
      blas.dgemm("N", "N", 1, 1, 1, 1.0, new double[] {2}, 1, new double[] {3}, 1, 0.0, c, 1);
      if (c[0] != 6.0) {
        return null;
      }
      return new Backend(blas, lapack, description, true);
    } catch (Throwable t) {
      return null;
    }
  }
}
