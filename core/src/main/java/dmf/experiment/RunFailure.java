package dmf.experiment;

/**
 * Why a run failed.
 *
 * @param userError whether the cause is a user mistake (bad setting or input file) rather than a
 *     fault of dmf or of the machine
 * @param message a one-line message
 * @param detail the stack trace of a fault (empty for a user mistake), for error.txt
 */
public record RunFailure(boolean userError, String message, String detail) {}
