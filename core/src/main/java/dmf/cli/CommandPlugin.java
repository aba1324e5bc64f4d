package dmf.cli;

import java.util.List;

/**
 * Commands that a plugin jar adds to {@code dmf}, found with {@link java.util.ServiceLoader}: the
 * plugin lists its implementation in {@code META-INF/services/dmf.cli.CommandPlugin} (with a public
 * no-arg constructor). The Spark module adds {@code dmf spark …} this way, so the core jar neither
 * names nor loads Spark.
 */
public interface CommandPlugin {
  /**
   * @return picocli command objects (classes annotated with {@code @Command}), each added as a
   *     subcommand of {@code dmf} under its command name
   */
  List<Object> commands();
}
