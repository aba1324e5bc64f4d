package dmf.cli;

import dmf.ratings.ModelFolder;
import dmf.ratings.Predictions;
import dmf.ratings.RatingModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf predict}: predicted ratings for a file of (user, item) pairs. */
@Command(name = "predict", sortOptions = false)
final class PredictCommand implements Callable<Integer> {
  @Option(names = "--model", required = true)
  Path model;

  @Option(names = "--pairs", required = true)
  Path pairs;

  @Option(names = "--out", required = true)
  Path out;

  @Override
  public Integer call() {
    RatingModel m = ModelFolder.read(model);
    System.out.println(Predictions.write(m, pairs, out).line(out, m.coldStart()));
    return 0;
  }
}
