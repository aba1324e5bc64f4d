package dmf.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The dashboard's static files, all inside the jar: its own scripts and style sheet, and the uPlot
 * chart library from its webjar. Only these names are served.
 */
final class Assets {
  /** The dashboard's own files (under {@code /dmf/serve/assets/} on the class path). */
  static final List<String> OWN =
      List.of("dash.css", "dash.js", "charts.js", "run.js", "compare.js", "playground.js");

  private static final String UPLOT = "/META-INF/resources/webjars/uplot/";

  /**
   * A file to send.
   *
   * @param bytes its content
   * @param contentType its media type
   */
  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> files = new LinkedHashMap<>();

  /** Reads every asset once. */
  Assets() {
    for (String name : OWN) {
      files.put(name, load("/dmf/serve/assets/" + name));
    }
    String dist = UPLOT + uplotVersion() + "/dist/";
    files.put("uPlot.iife.min.js", load(dist + "uPlot.iife.min.js"));
    files.put("uPlot.min.css", load(dist + "uPlot.min.css"));
  }

  /**
   * @param name a file name
   * @return the asset, or empty for a name that is not an asset
   */
  Optional<Asset> get(String name) {
    return Optional.ofNullable(files.get(name));
  }

  private static String uplotVersion() {
    try (InputStream in =
        Assets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("the uPlot webjar is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Asset load(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Asset(in.readAllBytes(), type(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name a file name
   * @return its media type (text types in UTF-8); octet-stream when unknown
   */
  static String type(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "js" -> "text/javascript; charset=utf-8";
      case "css" -> "text/css; charset=utf-8";
      case "png" -> "image/png";
      case "svg" -> "image/svg+xml";
      case "json" -> "application/json; charset=utf-8";
      case "md", "toml", "csv", "txt", "log" -> "text/plain; charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}
