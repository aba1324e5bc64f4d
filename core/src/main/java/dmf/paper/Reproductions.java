package dmf.paper;

import dmf.base.UserInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Every reproduction dmf knows, by name. */
public final class Reproductions {
  private Reproductions() {}

  /**
   * @param ratings a MovieLens u.data (or ratings CSV), or null
   * @return all reproductions of all registered papers
   */
  public static List<Reproduction> all(Path ratings) {
    List<Reproduction> out = new ArrayList<>();
    for (ReproductionFamily f : ServiceLoader.load(ReproductionFamily.class)) {
      out.addAll(f.reproductions(ratings == null ? null : ratings.toAbsolutePath()));
    }
    return out;
  }

  /**
   * @param name a reproduction's name
   * @param ratings a MovieLens u.data (or ratings CSV), or null
   * @return the reproduction
   * @throws UserInputException if there is none of that name
   */
  public static Reproduction find(String name, Path ratings) {
    List<Reproduction> all = all(ratings);
    for (Reproduction r : all) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new UserInputException(
        "unknown figure '"
            + name
            + "' (known: "
            + String.join(", ", all.stream().map(Reproduction::name).toList())
            + ")");
  }

  /**
   * @return $DMF_MOVIELENS if set, else ../shared/data/ml-100k/u.data when present, else null
   */
  public static Path defaultRatings() {
    String env = System.getenv("DMF_MOVIELENS");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path p = Path.of("..", "shared", "data", "ml-100k", "u.data");
    return Files.isRegularFile(p) ? p : null;
  }
}
