package dmf.cli;

import dmf.base.UserInputException;
import dmf.ratings.ModelFolder;
import dmf.ratings.RatingModel;
import dmf.ratings.Recommendations;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf recommend}: the top items for one user or for all users. */
@Command(
    name = "recommend",
    sortOptions = false,
    description = {
      "Recommend the top items for a user (--user ID) or for every user (--all-users --out FILE)"
          + " with a model folder from dmf fit. Items the user already rated are left out unless"
          + " --include-rated."
    })
final class RecommendCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, description = "model folder (dmf fit --out)")
  Path model;

  @Option(names = "--user", description = "the user's id")
  String user;

  @Option(names = "--all-users", description = "every user with training ratings (needs --out)")
  boolean allUsers;

  @Option(names = "--top", defaultValue = "10", description = "items per user (default: 10)")
  int top;

  @Option(names = "--out", description = "CSV to write (user,rank,item,score)")
  Path out;

  @Option(names = "--include-rated", description = "also recommend items the user rated")
  boolean includeRated;

  @Override
  public Integer call() {
    if (allUsers == (user != null)) {
      throw new UserInputException("give --user ID or --all-users, one of them");
    }
    if (allUsers && out == null) {
      throw new UserInputException("--all-users needs --out FILE");
    }
    if (top < 1) {
      throw new UserInputException("--top must be at least 1, got " + top);
    }
    RatingModel m = ModelFolder.read(model);
    if (allUsers) {
      int n = Recommendations.forAllUsers(m, top, !includeRated, out);
      System.out.printf(Locale.ROOT, "top %d items for %,d users written to %s%n", top, n, out);
      return 0;
    }
    List<Recommendations.Item> items = Recommendations.forUser(m, user, top, !includeRated);
    System.out.println("rank,item,score");
    for (int r = 0; r < items.size(); r++) {
      System.out.printf(
          Locale.ROOT, "%d,%s,%.4f%n", r + 1, items.get(r).item(), items.get(r).score());
    }
    return 0;
  }
}
