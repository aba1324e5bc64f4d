package dmf.io.data;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.Json;
import dmf.linalg.Mat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checkpoints of a factored model inside a run folder: {@code checkpoint/<name>-<iteration>/} holds
 * A1.npy … AN.npy, and {@code checkpoint/<name>.json} names the complete one. A checkpoint is
 * written whole into a new folder first; the pointer file is then replaced atomically and older
 * folders of that name removed, so a run killed at any moment leaves a complete checkpoint.
 *
 * @param iteration the iteration the factors are from
 * @param score what made it the one kept (e.g. the held-out RMSE or train loss), NaN when none
 * @param factors W_1..W_N
 */
public record Checkpoint(long iteration, double score, List<Mat> factors) {
  /** The folder of checkpoints inside a run folder. */
  public static final String DIR = "checkpoint";

  /** Copies the factor list. */
  public Checkpoint {
    factors = List.copyOf(factors);
  }

  /**
   * Writes a checkpoint and makes it the current one of its name.
   *
   * @param run the run folder
   * @param name e.g. "latest" or "best"
   * @param c the checkpoint
   */
  public static void write(Path run, String name, Checkpoint c) {
    Path dir = run.resolve(DIR);
    String folder = name + "-" + c.iteration();
    FactorFiles.write(dir.resolve(folder), c.factors());
    Map<String, Object> pointer = new LinkedHashMap<>();
    pointer.put("folder", folder);
    pointer.put("iteration", c.iteration());
    pointer.put("score", Double.isFinite(c.score()) ? c.score() : null);
    Json.write(dir.resolve(name + ".json"), pointer);
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String f = p.getFileName().toString();
        if (Files.isDirectory(p) && f.startsWith(name + "-") && !f.equals(folder)) {
          deleteTree(p);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(dir + ": cannot list: " + ex.getMessage(), ex);
    }
  }

  /**
   * @param run a run folder
   * @param name e.g. "latest"
   * @return the current checkpoint of that name, if one was written
   */
  public static Optional<Checkpoint> read(Path run, String name) {
    Path pointer = run.resolve(DIR).resolve(name + ".json");
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    Map<String, Object> p = Json.readObject(pointer);
    if (!(p.get("folder") instanceof String folder) || !(p.get("iteration") instanceof Number it)) {
      throw new UserInputException(pointer + ": needs 'folder' and 'iteration'");
    }
    double score = p.get("score") instanceof Number s ? s.doubleValue() : Double.NaN;
    return Optional.of(
        new Checkpoint(it.longValue(), score, FactorFiles.read(run.resolve(DIR).resolve(folder))));
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q :
          (Iterable<Path>) s.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
        AtomicFiles.deleteIfExists(q);
      }
    }
  }
}
