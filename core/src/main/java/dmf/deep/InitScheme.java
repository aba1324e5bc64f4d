package dmf.deep;

import dmf.base.UserInputException;
import dmf.settings.Choice;
import java.util.Locale;

/** How the factors start. All schemes are scaled by init_scale; see {@link Initializer}. */
public enum InitScheme implements Choice {
  /** i.i.d. N(0, s²) factors, s = init_scale^(1/N)/√h (the official default). */
  GAUSSIAN,
  /** i.i.d. U(−a, a) factors with a = √3·s, the Gaussian's variance. */
  UNIFORM,
  /** Scaled random (semi-)orthogonal factors; balanced. */
  ORTHOGONAL,
  /** Each factor init_scale^(1/N) times the (rectangular) identity, so W₀ = init_scale·I. */
  IDENTITY,
  /** Balanced split of a product: each factor takes Σ^(1/N) of its SVD. */
  BALANCED;

  /**
   * @return the lower-case name used on the command line
   */
  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param s a name such as "gaussian"
   * @return the scheme
   */
  public static InitScheme parse(String s) {
    for (InitScheme v : values()) {
      if (v.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    throw new UserInputException(
        "unknown init '" + s + "' (expected gaussian, uniform, orthogonal, identity or balanced)");
  }
}
