package dmf.ratings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines that tell a person what a fit did: data, split, stop, accuracy, where the model is. */
public final class FitReport {
  private FitReport() {}

  /**
   * @param o what the fit did
   * @param data the ratings file, as given
   * @param model the model folder, as given
   * @return the lines, without line ends
   */
  public static List<String> lines(RatingsFit.Outcome o, Path data, Path model) {
    FitSummary s = o.model().summary();
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%s on %s: %,d ratings, %,d users x %,d items (%,d lines skipped, %,d duplicates"
                + " dropped)",
            o.model().method(),
            data,
            o.data().size(),
            o.data().rows(),
            o.data().cols(),
            o.data().counts().skipped(),
            o.data().counts().duplicates()));
    out.add(
        String.format(
            Locale.ROOT,
            "%s: %,d train / %,d validation / %,d test ratings; %s after %,d iterations (kept %,d)"
                + " in %.1f s",
            o.split().name(),
            o.split().train().size(),
            o.split().validation().size(),
            o.split().test().size(),
            s.stopReason(),
            s.iterations(),
            s.bestIteration(),
            s.seconds()));
    out.add(row("RMSE ", o.train().rmse(), o.validation().rmse(), o.test().rmse()));
    out.add(row("MAE  ", o.train().mae(), o.validation().mae(), o.test().mae()));
    if (o.test().dropped() > 0 || o.validation().dropped() > 0) {
      out.add(
          "cold ratings dropped: "
              + o.validation().dropped()
              + " validation, "
              + o.test().dropped()
              + " test");
    }
    if (s.spectrum().get("singular_values") instanceof List<?> sv) {
      out.add(
          "W (from the factors): top singular values "
              + sv.stream().map(v -> String.format(Locale.ROOT, "%.4g", v)).toList()
              + ", effective rank "
              + String.format(Locale.ROOT, "%.2f", s.spectrum().get("effective_rank")));
    }
    out.add("model: " + model);
    return out;
  }

  private static String row(String what, double train, double validation, double test) {
    return what + " train " + f(train) + "  validation " + f(validation) + "  test " + f(test);
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4f", v);
  }
}
