package dmf.linalg;

import dmf.base.UserInputException;
import dmf.settings.Choice;
import java.util.List;
import java.util.Locale;

/**
 * Floating-point precision of a training run's hot loop. Metrics are always computed in float64.
 */
public enum Precision implements Choice {
  /** IEEE double; the default. */
  FLOAT64,
  /** IEEE single; about twice the throughput of float64 on vectorized kernels. */
  FLOAT32;

  /**
   * @return the lower-case name used on the command line and in files, e.g. "float64"
   */
  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public List<String> aliases() {
    return this == FLOAT64 ? List.of("f64", "double") : List.of("f32", "float");
  }

  /**
   * Parses "float64"/"float32" (also "f64", "double", "f32", "float").
   *
   * @param s the text
   * @return the precision
   */
  public static Precision parse(String s) {
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "float64":
      case "f64":
      case "double":
        return FLOAT64;
      case "float32":
      case "f32":
      case "float":
        return FLOAT32;
      default:
        throw new UserInputException("unknown precision '" + s + "' (expected float64 or float32)");
    }
  }

  /**
   * @return the array operations for this precision
   */
  public Ops<?> ops() {
    return this == FLOAT64 ? Ops64.INSTANCE : Ops32.INSTANCE;
  }
}
