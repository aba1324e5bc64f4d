package dmf.cli;

import dmf.base.MemoryBudget;
import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.store.ResultsDbException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dmf} command line. User mistakes print one line, {@code dmf: message}, and exit with
 * code 2; faults of the machine (a full disk, an I/O error, too little memory) print one line and
 * exit with code 1; anything else is a bug and prints its stack trace with exit code 1.
 */
@Command(
    name = "dmf",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Deep matrix factorization: implicit regularization experiments and completion.",
    subcommands = {
      InfoCommand.class,
      GenCommand.class,
      TrainCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      FlowCheckCommand.class,
      SweepCommand.class,
      ResultsCommand.class,
      ReproduceCommand.class,
      TheoryCommand.class,
      SolveCommand.class,
      FitCommand.class,
      PredictCommand.class,
      RecommendCommand.class,
      EvaluateCommand.class,
      ServeCommand.class,
      PlotCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * @param args command-line arguments
   * @return the exit code
   */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    for (CommandPlugin p : ServiceLoader.load(CommandPlugin.class)) {
      p.commands().forEach(cl::addSubcommand);
    }
    addTableOptions(cl);
    if (args.length > 0 && args[0].equals("spark") && !cl.getSubcommands().containsKey("spark")) {
      cl.getErr()
          .println(
              "dmf: the spark commands come with spark/target/dmf-spark.jar; run them through"
                  + " ./dmf, which puts it on the class path");
      cl.getErr().flush();
      return 2;
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println(
              "dmf: "
                  + ex.getMessage().replace('\n', ' ').trim()
                  + " (see 'dmf "
                  + commandPath(ex.getCommandLine())
                  + "--help')");
          err.flush();
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserInputException) {
              return fail(c.getErr(), t.getMessage(), 2);
            }
          }
          String fault = machineFault(ex);
          if (fault == null) {
            throw ex;
          }
          return fail(c.getErr(), fault, 1);
        });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError ex) {
      return fail(cl.getErr(), outOfMemory(), 1);
    }
  }

  /** Prints the one line of a failure. */
  private static int fail(PrintWriter err, String message, int code) {
    err.println("dmf: " + message.replace('\n', ' ').strip());
    err.flush();
    return code;
  }

  /**
   * @param ex what a command threw
   * @return the one-line message of a fault of the machine (a full disk, an I/O error, a database
   *     that cannot be written, too little memory), or null for anything else (a bug)
   */
  static String machineFault(Throwable ex) {
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

  private static String outOfMemory() {
    long max = Runtime.getRuntime().maxMemory();
    return "out of memory (the Java heap holds "
        + MemoryBudget.human(max)
        + "); raise it, e.g. DMF_JAVA_OPTS=-Xmx"
        + Math.max(2, 2 * (max >> 30))
        + "g ./dmf ...";
  }

  /** Gives every command backed by a settings table one flag per setting. */
  private static void addTableOptions(CommandLine c) {
    if (c.getCommand() instanceof TableOptions.Backed b) {
      TableOptions.add(c.getCommandSpec(), b.table(), b.skip(), b.aliases());
    }
    new LinkedHashSet<>(c.getSubcommands().values()).forEach(Main::addTableOptions);
  }

  private static String commandPath(CommandLine c) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine p = c; p.getParent() != null; p = p.getParent()) {
      sb.insert(0, p.getCommandName() + " ");
    }
    return sb.toString();
  }

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
