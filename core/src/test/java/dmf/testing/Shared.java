package dmf.testing;

import java.nio.file.Path;

/**
 * The workplace's shared folder ({@code ../shared} beside the checkout): peer scripts and data sets
 * that the repository must not hold. Tests run inside a module folder, so the checkout root comes
 * from the {@code dmf.root} system property that the build sets.
 */
public final class Shared {
  /** The checkout root. */
  public static final Path ROOT =
      Path.of(System.getProperty("dmf.root", "..")).toAbsolutePath().normalize();

  private Shared() {}

  /**
   * @param parts a path below ../shared ({@code $DMF_SHARED} when set, e.g. in a git worktree)
   * @return the absolute path
   */
  public static Path path(String... parts) {
    String env = System.getenv("DMF_SHARED");
    Path shared = env != null && !env.isBlank() ? Path.of(env) : ROOT.resolveSibling("shared");
    return shared.resolve(Path.of("", parts));
  }
}
