package dmf.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** A collection's report.md (rendered) and every PNG and SVG figure in its folder. */
final class FiguresPage {
  private FiguresPage() {}

  /**
   * @param c the collection
   * @return the page
   */
  static String render(Collection c) {
    StringBuilder sb = new StringBuilder();
    sb.append(Html.heading(c.title(), c.kindLabel(), ""))
        .append("<p class=\"links\"><a href=\"")
        .append(Html.href("/runs", "c", c.id()))
        .append("\">runs table</a></p>");
    Path report = c.dir().resolve(Layout.REPORT);
    if (Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)) {
      try {
        sb.append("<article class=\"report\">")
            .append(Markdown.render(Files.readString(report), c.id()))
            .append("</article>");
      } catch (IOException e) {
        sb.append("<p class=\"error\">cannot read report.md</p>");
      }
    }
    List<Path> images = images(c);
    if (!images.isEmpty()) {
      sb.append("<h2>Figures</h2><div class=\"gallery\">");
      Map<String, List<Path>> byName = new LinkedHashMap<>();
      for (Path img : images) {
        String n = img.getFileName().toString();
        byName.computeIfAbsent(n.substring(0, n.lastIndexOf('.')), k -> new ArrayList<>()).add(img);
      }
      for (Map.Entry<String, List<Path>> e : byName.entrySet()) {
        List<Path> files = e.getValue();
        Path shown =
            files.stream()
                .filter(f -> f.toString().endsWith(".png"))
                .findFirst()
                .orElse(files.get(0));
        sb.append("<figure><img loading=\"lazy\" src=\"")
            .append(Html.fileHref(c.id() + "/" + shown.getFileName()))
            .append("\" alt=\"")
            .append(Html.esc(e.getKey()))
            .append("\"><figcaption>")
            .append(Html.esc(e.getKey()));
        for (Path f : files) {
          String name = f.getFileName().toString();
          sb.append(" · <a href=\"")
              .append(Html.fileHref(c.id() + "/" + name))
              .append("\">")
              .append(Html.esc(name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)))
              .append("</a>");
        }
        sb.append("</figcaption></figure>");
      }
      sb.append("</div>");
    } else if (!Files.isRegularFile(report)) {
      sb.append("<p class=\"empty\">No report or figures in this folder.</p>");
    }
    return Html.page(c.title() + " figures", sb.toString());
  }

  /**
   * @param c a collection
   * @return the PNG and SVG files directly in its folder, by name (not links)
   */
  static List<Path> images(Collection c) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(c.dir())) {
      s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(
              p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return !n.startsWith(".") && (n.endsWith(".png") || n.endsWith(".svg"));
              })
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }
}
