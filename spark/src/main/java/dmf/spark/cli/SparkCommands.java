package dmf.spark.cli;

import dmf.cli.CommandPlugin;
import java.util.List;

/** Adds {@code dmf spark} to the command line (found with {@link java.util.ServiceLoader}). */
public final class SparkCommands implements CommandPlugin {
  /** For {@link java.util.ServiceLoader}. */
  public SparkCommands() {}

  @Override
  public List<Object> commands() {
    return List.of(new SparkCommand());
  }
}
