package dmf.cli;

import dmf.experiment.RunFailure;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.ServiceLoader;
import java.util.stream.Stream;
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
    resourceBundle = "dmf.cli.help")
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
    Stream.of(
            method(BenchCommands.class, "info"),
            group(new GenCommand.Group(), GenCommand.class, "completion", "sensing", "ratings"),
            method(RunCommands.class, "train"),
            method(PaperCommands.class, "demo"),
            group(method(BenchCommands.class, "bench"), BenchCommands.class, "scale"),
            method(BenchCommands.class, "flowCheck"),
            method(RunCommands.class, "sweep"),
            group(
                new ResultsCommands.Group(),
                ResultsCommands.class,
                "compare",
                "export",
                "list",
                "show"),
            method(PaperCommands.class, "reproduce"),
            group(new PaperCommands.Theory(), PaperCommands.class, "commuting", "eq11", "theorem3"),
            method(RunCommands.class, "solve"),
            FitCommand.class,
            method(RatingsCommands.class, "predict"),
            method(RatingsCommands.class, "recommend"),
            EvaluateCommand.class,
            method(ResultsCommands.class, "serve"),
            method(ResultsCommands.class, "plot"),
            CommandLine.HelpCommand.class)
        .forEach(cl::addSubcommand);
    ServiceLoader.load(CommandPlugin.class).forEach(p -> p.commands().forEach(cl::addSubcommand));
    TableOptions.addAll(cl);
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
          RunFailure f = RunFailure.ofCommand(ex);
          if (f.cause() == RunFailure.Cause.INTERNAL) {
            throw ex;
          }
          return fail(c.getErr(), f.message(), f.userError() ? 2 : 1);
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

  /** A command with the given method commands of {@code holder} under it, in that order. */
  private static CommandLine group(Object command, Class<?> holder, String... names) {
    CommandLine c = new CommandLine(command);
    Stream.of(names).forEach(n -> c.addSubcommand(method(holder, n)));
    return c;
  }

  private static Method method(Class<?> type, String name) {
    return CommandLine.getCommandMethods(type, name).get(0);
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
