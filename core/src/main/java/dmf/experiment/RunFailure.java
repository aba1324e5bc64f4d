package dmf.experiment;

import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.store.ResultsDbException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Why a run failed.
 *
 * @param cause whose fault it is: the user's input, the machine's, or dmf's
 * @param message a one-line message
 * @param detail the stack trace of a fault of dmf (empty otherwise), for error.txt
 */
public record RunFailure(Cause cause, String message, String detail) {
  /** Whose fault a failure is. */
  public enum Cause {
    /** A bad setting or input file: the message names it. */
    USER,
    /** The machine: a full disk, an I/O error, too little memory. */
    MACHINE,
    /** A fault of dmf: a bug. */
    INTERNAL;

    /**
     * @return the label written to summaries ("user", "machine", "internal")
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param label a label written by {@link #label}
     * @return the cause, INTERNAL for an unknown label
     */
    public static Cause parse(String label) {
      for (Cause c : values()) {
        if (c.label().equals(label)) {
          return c;
        }
      }
      return INTERNAL;
    }
  }

  /**
   * How a command reports what it threw: a user mistake or a fault of the machine by its one-line
   * message ({@link #machineMessage}), anything else as internal.
   *
   * @param ex what a command threw
   * @return the failure
   */
  public static RunFailure ofCommand(Throwable ex) {
    String user = userMessage(ex);
    if (user != null) {
      return new RunFailure(Cause.USER, user, "");
    }
    String machine = machineMessage(ex);
    return machine != null
        ? new RunFailure(Cause.MACHINE, machine, "")
        : new RunFailure(Cause.INTERNAL, String.valueOf(ex.getMessage()), "");
  }

  /**
   * The one-line message of a fault of the machine outside a run (a full disk, an I/O error, a
   * database that cannot be written, too little memory), as a command reports it.
   *
   * @param ex what a command threw
   * @return the message, or null when {@code ex} is not a fault of the machine (a bug)
   */
  public static String machineMessage(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UncheckedIOException || t instanceof ResultsDbException) {
        return t.getMessage();
      }
      if (t instanceof IOException io) {
        return "I/O error: " + AtomicFiles.reason(io);
      }
      if (t instanceof OutOfMemoryError) {
        return outOfMemory();
      }
    }
    return null;
  }

  /**
   * @return what to say when the Java heap is too small, with a larger size to try
   */
  public static String outOfMemory() {
    long max = Runtime.getRuntime().maxMemory();
    return "out of memory (the Java heap holds "
        + MemoryBudget.human(max)
        + "); raise it, e.g. DMF_JAVA_OPTS=-Xmx"
        + Math.max(2, 2 * (max >> 30))
        + "g ./dmf ...";
  }

  /**
   * @param ex what a run threw
   * @return the failure: a user mistake or a machine fault by its one-line message, anything else
   *     with its stack trace
   */
  public static RunFailure of(Throwable ex) {
    String user = userMessage(ex);
    if (user != null) {
      return new RunFailure(Cause.USER, user, "");
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UncheckedIOException || t instanceof ResultsDbException) {
        return new RunFailure(Cause.MACHINE, t.getMessage(), "");
      }
      if (t instanceof IOException) {
        return new RunFailure(Cause.MACHINE, ex.getMessage(), "");
      }
      if (t instanceof OutOfMemoryError) {
        return new RunFailure(
            Cause.MACHINE,
            "out of memory (the Java heap is "
                + MemoryBudget.human(Runtime.getRuntime().maxMemory())
                + "); raise it, e.g. DMF_JAVA_OPTS=-Xmx16g",
            "");
      }
    }
    String msg = ex.getMessage();
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    return new RunFailure(
        Cause.INTERNAL,
        ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.replace('\n', ' ')),
        trace.toString());
  }

  /**
   * @return whether the cause is a user mistake (bad setting or input file)
   */
  public boolean userError() {
    return cause == Cause.USER;
  }

  /**
   * @return whether the cause is a fault of the machine (full disk, I/O error, memory)
   */
  public boolean machineFault() {
    return cause == Cause.MACHINE;
  }

  private static String userMessage(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UserInputException) {
        return t.getMessage();
      }
    }
    return null;
  }
}
