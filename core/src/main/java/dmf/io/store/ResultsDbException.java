package dmf.io.store;

/** A results database operation failed for a reason other than bad user input. */
public class ResultsDbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the database file
   * @param cause the underlying error
   */
  public ResultsDbException(String message, Throwable cause) {
    super(message, cause);
  }
}
