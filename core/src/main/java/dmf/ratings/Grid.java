package dmf.ratings;

import dmf.settings.Setting;
import java.util.Arrays;

/** A grid of regularization weights written as text, e.g. "1, 2, 5, 10". */
final class Grid {
  private Grid() {}

  /**
   * @param key the setting's key
   * @param dflt the default grid
   * @param description one line
   * @return a text setting that accepts only lists of finite values ≥ 0
   */
  static Setting<String> setting(String key, String dflt, String description) {
    return Setting.ofText(key, dflt, description)
        .require(Grid::valid, "a comma-separated list of numbers ≥ 0");
  }

  static boolean valid(String text) {
    try {
      double[] g = parse(text);
      return g.length > 0 && Arrays.stream(g).allMatch(x -> x >= 0 && Double.isFinite(x));
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  /**
   * @param text e.g. "1, 2, 5"
   * @return the values
   */
  static double[] parse(String text) {
    return Arrays.stream(text.split(","))
        .map(String::trim)
        .mapToDouble(Double::parseDouble)
        .toArray();
  }
}
