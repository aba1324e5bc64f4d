package dmf.io.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Counts the bytes read from the file (compressed bytes for gzip), for progress. */
final class CountingStream extends InputStream {
  private final InputStream in;
  long count;

  CountingStream(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    int c = in.read();
    count += c >= 0 ? 1 : 0;
    return c;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int got = in.read(b, off, len);
    count += Math.max(got, 0);
    return got;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The stream itself, or its gunzipped content when it starts with the gzip magic bytes. */
  static InputStream open(InputStream raw) throws IOException {
    BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
    b.mark(2);
    int a = b.read();
    int c = b.read();
    b.reset();
    return a == 0x1f && c == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
  }
}
