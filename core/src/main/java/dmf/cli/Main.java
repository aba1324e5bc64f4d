package dmf.cli;

import dmf.experiment.ProblemKind;
import dmf.experiment.RunFailure;
import java.io.PrintWriter;
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
    CommandLine cl = tree();
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

  /**
   * @return every command of {@code dmf}, with those of the plugins on the class path
   */
  static CommandLine tree() {
    CommandLine cl = new CommandLine(new Main());
    Stream.of(
            Commands.info(),
            group(
                new Gen(),
                Commands.gen(ProblemKind.COMPLETION),
                Commands.gen(ProblemKind.SENSING),
                Commands.genRatings()),
            Commands.train(),
            Commands.demo(),
            group(Commands.bench(), Commands.benchScale()),
            Commands.flowCheck(),
            Commands.sweep(),
            group(
                new Results(),
                Commands.resultsCompare(),
                Commands.resultsExport(),
                Commands.resultsList(),
                Commands.resultsShow()),
            Commands.reproduce(),
            group(new Theory(), Commands.commuting(), Commands.eq11(), Commands.theorem3()),
            Commands.solve(),
            Commands.fit(),
            Commands.predict(),
            Commands.recommend(),
            Commands.evaluate(),
            Commands.serve(),
            Commands.plot(),
            CommandLine.HelpCommand.class)
        .forEach(cl::addSubcommand);
    ServiceLoader.load(CommandPlugin.class).forEach(p -> p.commands().forEach(cl::addSubcommand));
    return cl;
  }

  /** Prints the one line of a failure. */
  private static int fail(PrintWriter err, String message, int code) {
    err.println("dmf: " + message.replace('\n', ' ').strip());
    err.flush();
    return code;
  }

  /** {@code dmf gen} itself: it needs one of completion, sensing, ratings. */
  @Command(name = "gen")
  static final class Gen {}

  /** {@code dmf results} itself: it needs one of list, show, export, compare. */
  @Command(name = "results")
  static final class Results {}

  /** {@code dmf theory} itself: it needs one of theorem3, eq11, commuting. */
  @Command(name = "theory")
  static final class Theory {}

  /** A command with the given commands under it, in that order. */
  private static CommandLine group(Object command, Object... subcommands) {
    CommandLine c = command instanceof CommandLine l ? l : new CommandLine(command);
    Stream.of(subcommands).forEach(c::addSubcommand);
    return c;
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
