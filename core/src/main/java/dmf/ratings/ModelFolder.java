package dmf.ratings;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.data.FactorFiles;
import dmf.io.data.IdIndex;
import dmf.io.data.RatingsCache;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import dmf.linalg.Mat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model folder: everything needed to predict and recommend, written whole (a temporary folder
 * renamed into place) and read back to the same bits.
 *
 * <ul>
 *   <li>{@code model.json}: method, shape, μ, rating range, cold-start rule, factor count, how the
 *       fit went, and what the caller adds (data, split, accuracy);
 *   <li>{@code config.toml}: the method's resolved settings; {@code provenance.json};
 *   <li>{@code user_ids} and {@code item_ids} ({@code .npy} for integer ids, {@code .txt} else);
 *   <li>{@code user_bias.npy}, {@code item_bias.npy}, {@code user_counts.npy}, {@code
 *       item_counts.npy}; the factors {@code A1.npy … AN.npy} (A_N⋯A_1 is users × items);
 *   <li>{@code rated_start.npy}, {@code rated_items.npy}: what each user rated, for {@code
 *       recommend};
 *   <li>{@code metrics.csv}: the fit's history (e.g. validation RMSE over iterations).
 * </ul>
 */
public final class ModelFolder {
  /** The value of model.json's "format". */
  public static final String FORMAT = "dmf-ratings-model";

  private ModelFolder() {}

  /**
   * Writes a model folder, replacing an earlier model folder at that path.
   *
   * @param dir the folder
   * @param model the model
   * @param settings the method's resolved settings, for config.toml
   * @param extra more entries for model.json (data, split, accuracy)
   * @param provenance the provenance record
   * @throws UserInputException if {@code dir} is a file or a folder that is not a model folder
   */
  public static void write(
      Path dir,
      RatingModel model,
      Map<String, Object> settings,
      Map<String, Object> extra,
      Map<String, Object> provenance) {
    checkTarget(dir);
    Path abs = dir.toAbsolutePath().normalize();
    Path tmp = Folders.temporarySibling(abs);
    try {
      Files.createDirectories(tmp);
      Json.write(tmp.resolve("model.json"), describe(model, extra));
      ConfigFiles.writeToml(tmp.resolve("config.toml"), settings);
      Json.write(tmp.resolve("provenance.json"), provenance);
      RatingsCache.writeIds(tmp, "user_ids", model.users());
      RatingsCache.writeIds(tmp, "item_ids", model.items());
      Offsets o = model.offsets();
      Npy.writeFloat64(tmp.resolve("user_bias.npy"), shape(o.userBias().length), o.userBias());
      Npy.writeFloat64(tmp.resolve("item_bias.npy"), shape(o.itemBias().length), o.itemBias());
      Npy.writeInt32(
          tmp.resolve("user_counts.npy"), shape(model.userCounts().length), model.userCounts());
      Npy.writeInt32(
          tmp.resolve("item_counts.npy"), shape(model.itemCounts().length), model.itemCounts());
      if (!model.factors().isEmpty()) {
        FactorFiles.write(tmp, model.factors());
      }
      if (model.rated() != null) {
        RatedItems r = model.rated();
        Npy.writeInt64(tmp.resolve("rated_start.npy"), shape(r.start().length), r.start());
        Npy.writeInt32(tmp.resolve("rated_items.npy"), shape(r.items().length), r.items());
      }
      AtomicFiles.writeString(tmp.resolve("metrics.csv"), Csv.of(model.summary().history()));
      Folders.replace(tmp, abs);
      tmp = null;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the model folder " + dir + ": " + ex, ex);
    } finally {
      if (tmp != null) {
        Folders.deleteQuietly(tmp);
      }
    }
  }

  /**
   * Checks, before any work, that a model folder may be written at {@code dir}.
   *
   * @param dir the target
   * @throws UserInputException if it is a file, or a non-empty folder without model.json
   */
  public static void checkTarget(Path dir) {
    if (Files.isRegularFile(dir)) {
      throw new UserInputException(dir + ": is a file; give a folder for the model");
    }
    if (Files.isDirectory(dir)
        && !Files.isRegularFile(dir.resolve("model.json"))
        && !Folders.isEmpty(dir)) {
      throw new UserInputException(
          dir + ": exists and is not a model folder; give a new or empty folder");
    }
  }

  private static long[] shape(int n) {
    return new long[] {n};
  }

  private static Map<String, Object> describe(RatingModel m, Map<String, Object> extra) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("format", FORMAT);
    j.put("version", 1);
    j.put("method", m.method());
    j.put("users", m.users().size());
    j.put("items", m.items().size());
    j.put("mean", m.offsets().mean());
    j.put("rating_min", m.range().min());
    j.put("rating_max", m.range().max());
    j.put("cold_start", m.coldStart().label());
    j.put("factors", m.factors().size());
    FitSummary s = m.summary();
    Map<String, Object> fit = new LinkedHashMap<>();
    fit.put("stop_reason", s.stopReason());
    fit.put("iterations", s.iterations());
    fit.put("best_iteration", s.bestIteration());
    fit.put("seconds", s.seconds());
    fit.put("validation_rmse", s.validationRmse());
    fit.put("chosen", s.chosen());
    fit.put("spectrum", s.spectrum());
    j.put("fit", fit);
    j.putAll(extra);
    return j;
  }

  /**
   * Reads a model folder.
   *
   * @param dir the folder
   * @return the model, predicting the same bits as the one written
   * @throws UserInputException naming the folder and the missing or bad file
   */
  public static RatingModel read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserInputException(dir + ": no such model folder");
    }
    Map<String, Object> j = Json.readObject(require(dir, "model.json"));
    if (!FORMAT.equals(j.get("format"))) {
      throw new UserInputException(dir.resolve("model.json") + ": not a dmf ratings model");
    }
    try {
      IdIndex users = ids(dir, "user_ids");
      IdIndex items = ids(dir, "item_ids");
      double[] bu = Npy.read(require(dir, "user_bias.npy")).doubles();
      double[] bi = Npy.read(require(dir, "item_bias.npy")).doubles();
      int[] uc = ints(Npy.read(require(dir, "user_counts.npy")));
      int[] ic = ints(Npy.read(require(dir, "item_counts.npy")));
      int nf = number(j, "factors").intValue();
      List<Mat> factors = new ArrayList<>();
      for (int f = 1; f <= nf; f++) {
        require(dir, "A" + f + ".npy");
      }
      if (nf > 0) {
        factors.addAll(FactorFiles.read(dir).subList(0, nf));
      }
      RatedItems rated = null;
      if (Files.exists(dir.resolve("rated_start.npy"))) {
        rated =
            new RatedItems(
                Npy.read(dir.resolve("rated_start.npy")).longs(),
                ints(Npy.read(require(dir, "rated_items.npy"))));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> fit = (Map<String, Object>) j.get("fit");
      @SuppressWarnings("unchecked")
      Map<String, Object> chosen = (Map<String, Object>) fit.get("chosen");
      @SuppressWarnings("unchecked")
      Map<String, Object> spectrum =
          (Map<String, Object>) fit.getOrDefault("spectrum", Map.of()); // absent in older folders
      FitSummary summary =
          new FitSummary(
              (String) fit.get("stop_reason"),
              number(fit, "iterations").longValue(),
              number(fit, "best_iteration").longValue(),
              number(fit, "seconds").doubleValue(),
              number(fit, "validation_rmse").doubleValue(),
              chosen,
              spectrum,
              List.of());
      return new RatingModel(
          (String) j.get("method"),
          users,
          items,
          new Offsets(number(j, "mean").doubleValue(), bu, bi),
          factors,
          new RatingRange(
              number(j, "rating_min").doubleValue(), number(j, "rating_max").doubleValue()),
          ColdStart.valueOf(((String) j.get("cold_start")).toUpperCase(Locale.ROOT)),
          uc,
          ic,
          rated,
          summary);
    } catch (RuntimeException ex) {
      if (ex instanceof UserInputException) {
        throw ex;
      }
      throw new UserInputException(dir + ": damaged model folder (" + ex.getMessage() + ")", ex);
    }
  }

  private static IdIndex ids(Path dir, String name) {
    if (!Files.exists(dir.resolve(name + ".npy")) && !Files.exists(dir.resolve(name + ".txt"))) {
      throw new UserInputException(
          dir + ": missing " + name + ".npy (not a complete model folder)");
    }
    try {
      return RatingsCache.ids(dir, name);
    } catch (IOException ex) {
      throw new UserInputException(dir.resolve(name) + ": cannot read (" + ex.getMessage() + ")");
    }
  }

  private static Path require(Path dir, String file) {
    Path p = dir.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw new UserInputException(dir + ": missing " + file + " (not a complete model folder)");
    }
    return p;
  }

  private static Number number(Map<String, Object> j, String key) {
    Object v = j.get(key);
    if (v instanceof Number n) {
      return n;
    }
    if ("NaN".equals(v)) {
      return Double.NaN;
    }
    throw new UserInputException("model.json: '" + key + "' is missing or not a number");
  }

  private static int[] ints(NpyArray a) {
    long[] v = a.longs();
    int[] out = new int[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = Math.toIntExact(v[k]);
    }
    return out;
  }
}
