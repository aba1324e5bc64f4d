package dmf.cli;

import dmf.base.UserInputException;
import dmf.experiment.RunFailure;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dmf} command line. User mistakes print one line, {@code dmf: message}, and exit with
 * code 2; faults of the machine (a full disk, an I/O error, too little memory) print one line and
 * exit with code 1; anything else is a bug and prints its stack trace with exit code 1. The help
 * texts of all commands are in {@code dmf/cli/help.properties}.
 */
@Command(
    name = "dmf",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    resourceBundle = "dmf.cli.help",
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
    ServiceLoader.load(CommandPlugin.class).forEach(p -> p.commands().forEach(cl::addSubcommand));
    addTableOptions(cl);
    if (args.length > 0 && args[0].equals("spark") && !cl.getSubcommands().containsKey("spark")) {
      return fail(
          cl.getErr(),
          "the spark commands come with spark/target/dmf-spark.jar; run them through ./dmf, which"
              + " puts it on the class path",
          2);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) ->
            fail(
                ex.getCommandLine().getErr(),
                ex.getMessage().trim() + " (see 'dmf " + path(ex.getCommandLine()) + "--help')",
                2));
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserInputException) {
              return fail(c.getErr(), t.getMessage(), 2);
            }
          }
          String fault = RunFailure.machineMessage(ex);
          if (fault == null) {
            throw ex;
          }
          return fail(c.getErr(), fault, 1);
        });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError ex) {
      return fail(cl.getErr(), RunFailure.outOfMemory(), 1);
    }
  }

  /** Prints the one line of a failure. */
  private static int fail(PrintWriter err, String message, int code) {
    err.println("dmf: " + message.replace('\n', ' ').strip());
    err.flush();
    return code;
  }

  /** Gives every command backed by a settings table one flag per setting. */
  private static void addTableOptions(CommandLine c) {
    if (c.getCommand() instanceof TableOptions.Backed b) {
      TableOptions.add(c.getCommandSpec(), b.table(), b.skip(), b.aliases());
    }
    new LinkedHashSet<>(c.getSubcommands().values()).forEach(Main::addTableOptions);
  }

  private static String path(CommandLine c) {
    return c.getParent() == null ? "" : path(c.getParent()) + c.getCommandName() + " ";
  }

  /**
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
