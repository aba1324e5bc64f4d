package dmf.io.data;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.npy.Npy;
import dmf.linalg.Mat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Factor folders: {@code A1.npy … AN.npy}, where A_j has shape d_j × d_{j−1}, d_0 = columns, d_N =
 * rows and W = A_N⋯A_1. This is the format of ../shared/peers/dmf_torch.py {@code --dump-init}.
 */
public final class FactorFiles {
  private FactorFiles() {}

  /**
   * Reads A1.npy, A2.npy, … up to the first missing index.
   *
   * @param dir the folder
   * @return the factors W_1..W_N
   */
  public static List<Mat> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserInputException(dir + ": no such factor folder");
    }
    List<Mat> out = new ArrayList<>();
    for (int j = 1; Files.exists(dir.resolve("A" + j + ".npy")); j++) {
      out.add(Instances.matrix(dir.resolve("A" + j + ".npy")));
    }
    if (out.isEmpty()) {
      throw new UserInputException(dir + ": no A1.npy (expected A1.npy … AN.npy)");
    }
    return out;
  }

  /**
   * Writes A1.npy … AN.npy atomically.
   *
   * @param dir the folder (created if needed)
   * @param factors W_1..W_N
   */
  public static void write(Path dir, List<Mat> factors) {
    AtomicFiles.createDirectories(dir);
    for (int j = 0; j < factors.size(); j++) {
      Npy.writeMatrix(dir.resolve("A" + (j + 1) + ".npy"), factors.get(j));
    }
  }
}
