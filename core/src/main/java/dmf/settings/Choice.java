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

  /**
   * The constant of {@code type} that a text names, by label, alias or constant name.
   *
   * @param type the enum
   * @param value the text
   * @param key what the value is for, named in the error
   * @return the constant
   * @throws dmf.base.UserInputException naming the value and the expected labels
   */
  static <E extends Enum<E>> E parse(Class<E> type, Object value, String key) {
    return Values.toEnum(key, type, value);
  }
}
