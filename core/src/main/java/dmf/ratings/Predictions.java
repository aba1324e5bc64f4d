package dmf.ratings;

import dmf.base.Printout;
import dmf.io.AtomicFiles;
import dmf.io.data.Pairs;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Predictions for a file of (user, item) pairs. Pairs with an id the model has no training rating
 * for follow its cold-start rule: under {@code offset} they get the offset, under {@code drop} they
 * are left out of the output; either way they are counted.
 *
 * @param pairs pairs read
 * @param cold pairs with a user or item without training ratings
 * @param written lines written
 */
public record Predictions(int pairs, int cold, int written) {
  /** The model folder. */
  public static final Setting<Path> MODEL =
      Setting.ofPath("model", "model folder (dmf fit --out)").required();

  /** The pairs to predict. */
  public static final Setting<Path> PAIRS =
      Setting.ofPath("pairs", "CSV/TSV of user,item pairs").required();

  /** The CSV file. */
  public static final Setting<Path> OUT = Setting.ofPath("out", "CSV to write").required();

  /** What {@code dmf predict} reads and writes. */
  public static final SettingsTable TABLE = SettingsTable.of("predict", MODEL, PAIRS, OUT);

  /**
   * What {@code dmf predict} does.
   *
   * @param s settings of {@link #TABLE}
   * @return the line of {@link #line}
   */
  public static Printout write(Settings s) {
    RatingModel m = ModelFolder.read(s.get(MODEL));
    Path out = s.get(OUT);
    return Printout.of(List.of(write(m, s.get(PAIRS), out).line(out, m.coldStart())));
  }

  /**
   * @param model the model
   * @param pairsFile the pairs (CSV/TSV, header optional)
   * @param out the CSV to write ({@code user,item,prediction}), whole
   * @return the counts
   */
  public static Predictions write(RatingModel model, Path pairsFile, Path out) {
    Pairs p = Pairs.read(pairsFile);
    int[] counts = new int[2];
    AtomicFiles.writeText(
        out,
        w -> {
          w.write("user,item,prediction\n");
          for (int k = 0; k < p.size(); k++) {
            int u = model.users().indexOf(p.users().get(k));
            int i = model.items().indexOf(p.items().get(k));
            if (!model.known(u, i)) {
              counts[0]++;
            }
            double v = model.predict(u, i);
            if (Double.isNaN(v)) {
              continue;
            }
            w.write(
                Csv.cell(p.users().get(k))
                    + ","
                    + Csv.cell(p.items().get(k))
                    + ","
                    + String.format(Locale.ROOT, "%.17g", v).trim()
                    + "\n");
            counts[1]++;
          }
        });
    return new Predictions(p.size(), counts[0], counts[1]);
  }

  /**
   * @param out the file written
   * @param coldStart what the model predicts for a cold pair
   * @return e.g. {@code 3 pairs, 3 predictions written to p.csv; 1 pairs had a user or item without
   *     training ratings (predicted by the offset)}
   */
  public String line(Path out, ColdStart coldStart) {
    return String.format(
        "%,d pairs, %,d predictions written to %s; %,d pairs had a user or item without training"
            + " ratings (%s)",
        pairs,
        written,
        out,
        cold,
        coldStart == ColdStart.DROP ? "dropped" : "predicted by the offset");
  }
}
