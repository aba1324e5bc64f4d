package dmf.serve;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The server's request checks. Every request must name this server in its Host header (a page
 * elsewhere cannot reach it through a rebound DNS name) and gets headers that keep pages from being
 * framed or sniffed; a state-changing request must also come from one of this server's own pages
 * (Sec-Fetch-Site, Origin or Referer).
 */
final class Guard {
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Set<String> hosts;

  /**
   * @param bindHost the address the server listens on
   */
  Guard(String bindHost) {
    String h = bindHost.toLowerCase(Locale.ROOT);
    if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      this.hosts = Set.of();
    } else {
      Set<String> allowed = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
      allowed.add(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
      this.hosts = Set.copyOf(allowed);
    }
  }

  /**
   * Checks the Host header and sets the protective headers.
   *
   * @param ctx the request
   * @throws ForbiddenException for a Host that is not this server
   */
  void before(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Cache-Control", "no-cache");
    if (!hosts.isEmpty() && !hosts.contains(hostName(ctx.header("Host")))) {
      throw new ForbiddenException("unknown Host header; open the URL that dmf serve printed");
    }
  }

  /**
   * Refuses a state-changing request that does not come from this server's own pages.
   *
   * @param ctx the request
   * @throws ForbiddenException when Sec-Fetch-Site says another site, or when Origin (else Referer)
   *     is missing or names another origin
   */
  static void sameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin")) {
      throw new ForbiddenException("cross-site request refused (Sec-Fetch-Site: " + site + ")");
    }
    String own = ctx.scheme() + "://" + ctx.header("Host");
    String origin = ctx.header("Origin");
    if (origin != null) {
      if (!origin.equalsIgnoreCase(own)) {
        throw new ForbiddenException("cross-origin request refused (Origin: " + origin + ")");
      }
      return;
    }
    String referer = ctx.header("Referer");
    if (referer == null) {
      throw new ForbiddenException("request refused: no Origin or Referer header");
    }
    if (!referer.equalsIgnoreCase(own)
        && !referer.toLowerCase(Locale.ROOT).startsWith(own.toLowerCase(Locale.ROOT) + "/")) {
      throw new ForbiddenException("cross-origin request refused (Referer: " + referer + ")");
    }
  }

  private static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    String h = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.lastIndexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
