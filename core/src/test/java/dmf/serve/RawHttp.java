package dmf.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte (no client normalizes its path or checks its headers),
 * for the tests of hostile requests.
 */
final class RawHttp {
  /**
   * A response.
   *
   * @param status the status code
   * @param text the whole response (head and body) as text
   */
  record Response(int status, String text) {}

  private RawHttp() {}

  /**
   * @param port the server's port on 127.0.0.1
   * @param method e.g. GET
   * @param target the request target, sent as is
   * @param headers extra header lines, e.g. {@code "Origin: http://x"}
   * @return the response
   */
  static Response send(int port, String method, String target, String... headers) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
      boolean host = false;
      for (String h : headers) {
        req.append(h).append("\r\n");
        host |= h.regionMatches(true, 0, "Host:", 0, 5);
      }
      if (!host) {
        req.append("Host: 127.0.0.1:").append(port).append("\r\n");
      }
      req.append("Connection: close\r\n\r\n");
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      return new Response(status, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
