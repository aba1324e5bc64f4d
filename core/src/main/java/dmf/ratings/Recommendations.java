package dmf.ratings;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Top-k items for a user: the items with training ratings, ranked by the model's unclipped score
 * (ties to the lower index), leaving out by default every item the user rated in the data the model
 * was fitted from (all parts: training, validation and test).
 */
public final class Recommendations {
  /** The model folder. */
  public static final Setting<Path> MODEL =
      Setting.ofPath("model", "model folder (dmf fit --out)").required();

  /** One user. */
  public static final Setting<String> USER =
      Setting.ofText("user", "", "the user's id").withDefault(null);

  /** Every user. */
  public static final Setting<Boolean> ALL_USERS =
      Setting.ofBoolean("all_users", false, "every user with training ratings (needs --out)");

  /** Items per user. */
  public static final Setting<Integer> TOP = Setting.ofInt("top", 10, "items per user").min(1);

  /** The CSV file. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "CSV to write (user,rank,item,score)");

  /** Rated items too. */
  public static final Setting<Boolean> INCLUDE_RATED =
      Setting.ofBoolean("include_rated", false, "also recommend items the user rated");

  /** How {@code dmf recommend} asks: the one place of these settings' defaults. */
  public static final SettingsTable TABLE =
      SettingsTable.of("recommend", MODEL, USER, ALL_USERS, TOP, OUT, INCLUDE_RATED);

  /**
   * @param s settings of {@link #TABLE}
   * @return the lines of {@link #lines(Path, String, boolean, int, boolean, Path)}
   */
  public static List<String> lines(Settings s) {
    return lines(
        s.get(MODEL), s.get(USER), s.get(ALL_USERS), s.get(TOP), !s.get(INCLUDE_RATED), s.get(OUT));
  }

  private Recommendations() {}

  /**
   * One recommended item.
   *
   * @param item the item's id
   * @param score the predicted rating (clipped to the range)
   */
  public record Item(String item, double score) {}

  /**
   * @param model the model
   * @param userId an original user id
   * @param k how many
   * @param excludeRated leave out items the user rated
   * @return up to k items, best first
   * @throws UserInputException for an unknown or cold user, or when the model does not know what
   *     users rated but exclusion was asked
   */
  public static List<Item> forUser(RatingModel model, String userId, int k, boolean excludeRated) {
    int u = model.users().indexOf(userId);
    if (u < 0) {
      throw new UserInputException("user '" + userId + "' is not in the model's data");
    }
    if (model.userCounts()[u] == 0) {
      throw new UserInputException(
          "user '" + userId + "' has no training ratings, so the model cannot rank items for it");
    }
    return top(model, u, k, excludeRated, new double[model.items().size()], new int[k]);
  }

  private static List<Item> top(
      RatingModel model, int u, int k, boolean excludeRated, double[] scores, int[] top) {
    if (k < 1) {
      throw new UserInputException("--top must be at least 1, got " + k);
    }
    model.scores(u, scores);
    if (excludeRated) {
      if (model.rated() == null) {
        throw new UserInputException("the model does not record what users rated");
      }
      for (int i : model.rated().of(u)) {
        scores[i] = Double.NEGATIVE_INFINITY;
      }
    }
    int got = Ranking.topK(scores, top);
    List<Item> out = new ArrayList<>(got);
    for (int r = 0; r < got; r++) {
      out.add(new Item(model.items().id(top[r]), model.predict(u, top[r])));
    }
    return out;
  }

  /**
   * Writes {@code user,rank,item,score} lines for every user with training ratings.
   *
   * @param model the model
   * @param k items per user
   * @param excludeRated leave out items each user rated
   * @param out the CSV file (written whole)
   * @return the number of users written
   */
  public static int forAllUsers(RatingModel model, int k, boolean excludeRated, Path out) {
    int[] count = {0};
    AtomicFiles.writeText(
        out,
        w -> {
          w.write("user,rank,item,score\n");
          double[] scores = new double[model.items().size()];
          int[] top = new int[k];
          for (int u = 0; u < model.users().size(); u++) {
            if (model.userCounts()[u] == 0) {
              continue;
            }
            Arrays.fill(top, 0);
            List<Item> items = top(model, u, k, excludeRated, scores, top);
            String user = Csv.cell(model.users().id(u));
            for (int r = 0; r < items.size(); r++) {
              w.write(
                  String.format(
                      Locale.ROOT,
                      "%s,%d,%s,%.6f%n",
                      user,
                      r + 1,
                      Csv.cell(items.get(r).item()),
                      items.get(r).score()));
            }
            count[0]++;
          }
        });
    return count[0];
  }

  /**
   * Recommendations as {@code dmf recommend} gives them: the CSV lines of one user's top items, or
   * every user's written to a file and the line that says so.
   *
   * @param model a model folder ({@link ModelFolder})
   * @param user a user's id, or null
   * @param allUsers every user instead of one
   * @param k items per user (at least 1)
   * @param excludeRated leave out items each user rated
   * @param out the CSV file for every user's items (needed then), or null
   * @return the lines to show
   * @throws UserInputException for neither or both of a user and every user, every user without a
   *     file, or k below 1 (before the model is read)
   */
  public static List<String> lines(
      Path model, String user, boolean allUsers, int k, boolean excludeRated, Path out) {
    if (allUsers == (user != null)) {
      throw new UserInputException("give --user ID or --all-users, one of them");
    }
    if (allUsers && out == null) {
      throw new UserInputException("--all-users needs --out FILE");
    }
    if (k < 1) {
      throw new UserInputException("--top must be at least 1, got " + k);
    }
    RatingModel m = ModelFolder.read(model);
    if (!allUsers) {
      return csv(forUser(m, user, k, excludeRated));
    }
    int n = forAllUsers(m, k, excludeRated, out);
    return List.of(
        String.format(Locale.ROOT, "top %d items for %,d users written to %s", k, n, out));
  }

  /**
   * @param items recommendations, best first
   * @return the CSV lines {@code rank,item,score}, header first
   */
  public static List<String> csv(List<Item> items) {
    List<String> lines = new ArrayList<>();
    lines.add("rank,item,score");
    for (int r = 0; r < items.size(); r++) {
      lines.add(
          String.format(
              Locale.ROOT, "%d,%s,%.4f", r + 1, items.get(r).item(), items.get(r).score()));
    }
    return lines;
  }
}
