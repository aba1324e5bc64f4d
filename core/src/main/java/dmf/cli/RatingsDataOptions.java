package dmf.cli;

import dmf.ratings.DataSource;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How to read a ratings file: the options of {@code fit} and {@code evaluate} (public for the
 * commands of plugins, as a picocli mixin), {@code --data} and the flags of {@link
 * DataSource#TABLE}.
 */
public final class RatingsDataOptions {
  /** For picocli. */
  public RatingsDataOptions() {}

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--data", required = true, descriptionKey = "ratings.data")
  Path data;

  /**
   * @return where and how to read the ratings
   */
  public DataSource source() {
    return DataSource.of(data, TableOptions.resolve(spec, DataSource.TABLE));
  }
}
