package dmf.settings;

import java.util.List;

/**
 * An enum whose constants a setting names in text. The label is the lower-case constant name unless
 * the enum says otherwise, and {@link #aliases} lists other accepted spellings.
 */
public interface Choice {
  /**
   * @return the name used in files and on the command line, e.g. "grouprmsprop"
   */
  String label();

  /**
   * @return other accepted spellings, e.g. "sgd" for gradient descent
   */
  default List<String> aliases() {
    return List.of();
  }
}
