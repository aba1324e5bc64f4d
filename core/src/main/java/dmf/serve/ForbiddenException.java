package dmf.serve;

/** A request the server refuses (answered with 403 and the message). */
final class ForbiddenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why
   */
  ForbiddenException(String message) {
    super(message);
  }
}
