package dmf.cli;

import java.util.List;

/**
 * Commands that a plugin jar adds to {@code dmf}, found with {@link java.util.ServiceLoader}: the
 * plugin lists its implementation in {@code META-INF/services/dmf.cli.CommandPlugin} (with a public
 * no-arg constructor). The Spark module adds {@code dmf spark …} this way, so the core jar neither
 * names nor loads Spark; its commands are {@link TableCommand}s like the core's.
 */
public interface CommandPlugin {
  /**
   * @return picocli commands ({@code CommandLine}s, such as those {@link TableCommand} makes, or
   *     objects of classes annotated with {@code @Command}), each added as a subcommand of {@code
   *     dmf} under its command name
   */
  List<Object> commands();
}
