package dmf.cli;

import dmf.ratings.ModelFolder;
import dmf.ratings.Predictions;
import dmf.ratings.RatingModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmf predict}: predicted ratings for a file of (user, item) pairs. */
@Command(
    name = "predict",
    sortOptions = false,
    description = {
      "Predict ratings for (user, item) pairs with a model folder from dmf fit.",
      "The pairs file is CSV/TSV with a header naming the user and item columns, or the user and"
          + " item as its first two columns. Writes user,item,prediction."
    })
final class PredictCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, description = "model folder (dmf fit --out)")
  Path model;

  @Option(names = "--pairs", required = true, description = "CSV/TSV of user,item pairs")
  Path pairs;

  @Option(names = "--out", required = true, description = "CSV to write")
  Path out;

  @Override
  public Integer call() {
    RatingModel m = ModelFolder.read(model);
    Predictions p = Predictions.write(m, pairs, out);
    System.out.printf(
        "%,d pairs, %,d predictions written to %s; %,d pairs had a user or item without training"
            + " ratings (%s)%n",
        p.pairs(),
        p.written(),
        out,
        p.cold(),
        m.coldStart().label().equals("drop") ? "dropped" : "predicted by the offset");
    return 0;
  }
}
