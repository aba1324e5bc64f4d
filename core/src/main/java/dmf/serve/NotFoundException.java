package dmf.serve;

/** A request for something that is not there (answered with 404 and the message). */
final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was not found
   */
  NotFoundException(String message) {
    super(message);
  }
}
