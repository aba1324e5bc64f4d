package dmf.cli;

import dmf.ratings.ModelFolder;
import dmf.ratings.Predictions;
import dmf.ratings.RatingModel;
import dmf.ratings.Recommendations;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf predict} and {@code dmf recommend} ({@code fit}, {@code evaluate}: their classes). */
final class RatingsCommands {
  private RatingsCommands() {}

  /** {@code dmf predict}: predicted ratings for a file of (user, item) pairs. */
  @Command(name = "predict", sortOptions = false)
  static int predict(
      @Option(names = "--model", required = true) Path model,
      @Option(names = "--pairs", required = true) Path pairs,
      @Option(names = "--out", required = true) Path out) {
    RatingModel m = ModelFolder.read(model);
    System.out.println(Predictions.write(m, pairs, out).line(out, m.coldStart()));
    return 0;
  }

  /** {@code dmf recommend}: the top items for one user or for all users. */
  @Command(name = "recommend", sortOptions = false)
  static int recommend(
      @Option(names = "--model", required = true) Path model,
      @Option(names = "--user") String user,
      @Option(names = "--all-users") boolean allUsers,
      @Option(names = "--top", defaultValue = "10") int top,
      @Option(names = "--out") Path out,
      @Option(names = "--include-rated") boolean includeRated) {
    Recommendations.lines(model, user, allUsers, top, !includeRated, out)
        .forEach(System.out::println);
    return 0;
  }
}
