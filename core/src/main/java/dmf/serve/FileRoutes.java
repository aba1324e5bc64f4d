package dmf.serve;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Raw files: the dashboard's assets, and any regular file under a served folder (figures, reports,
 * run files) by its served id. Served files are not allowed to run scripts (an SVG opened on its
 * own is sandboxed).
 */
final class FileRoutes {
  private static final String FILE_CSP =
      "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

  private FileRoutes() {}

  /**
   * @param routes where to add the routes
   * @param roots the served folders
   * @param assets the dashboard's static files
   */
  static void add(RoutesConfig routes, Roots roots, Assets assets) {
    routes.get(
        "/assets/{name}",
        ctx -> {
          Assets.Asset a =
              assets
                  .get(ctx.pathParam("name"))
                  .orElseThrow(() -> new NotFoundException("no asset " + ctx.pathParam("name")));
          ctx.contentType(a.contentType()).result(a.bytes());
        });
    routes.get(
        "/files/<id>",
        ctx -> {
          String id = ctx.pathParam("id");
          Path file =
              roots.file(id).orElseThrow(() -> new NotFoundException("no such file: " + id));
          ctx.header("Content-Security-Policy", FILE_CSP);
          ctx.contentType(Assets.type(file.getFileName().toString()));
          ctx.result(open(file));
        });
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
