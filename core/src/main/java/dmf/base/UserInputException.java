package dmf.base;

/**
 * A mistake in what the user gave dmf: a bad file, value, option or shape.
 *
 * <p>The message is one line that names the offending file, line or value. The command line prints
 * it without a stack trace and exits with code 2.
 */
public class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming the file, line or value at fault
   */
  public UserInputException(String message) {
    super(message);
  }

  /**
   * @param message one line naming the file, line or value at fault
   * @param cause the underlying error, kept for debugging
   */
  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
