package dmf.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reports (Markdown with tables) as HTML. Raw HTML in the text is escaped, unsafe link schemes are
 * dropped, and relative links and images point at the report's own folder under {@code /files/}.
 */
final class Markdown {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private Markdown() {}

  /**
   * @param text the Markdown
   * @param folderId the served id of the folder that holds the report
   * @return HTML
   */
  static String render(String text, String folderId) {
    AttributeProvider relative =
        (node, tag, attrs) -> {
          String key = node instanceof Image ? "src" : node instanceof Link ? "href" : null;
          if (key != null && attrs.containsKey(key) && isRelative(attrs.get(key))) {
            attrs.put(key, Html.fileUrl(folderId + "/" + attrs.get(key)));
          }
        };
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> relative)
            .build();
    return renderer.render(PARSER.parse(text));
  }

  private static boolean isRelative(String url) {
    try {
      URI u = new URI(url);
      return u.getScheme() == null
          && u.getRawAuthority() == null
          && u.getPath() != null
          && !u.getPath().isEmpty()
          && !u.getPath().startsWith("/")
          && u.getRawQuery() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
