package dmf.io.data;

import java.util.Arrays;

/**
 * The fields of one line as byte ranges of the read buffer (no String per field). Fields are
 * trimmed of spaces; with a one-character separator a field may be quoted with {@code "}, and a
 * doubled quote inside stands for one.
 */
final class LineFields {
  /** Field k spans bytes [from[k], to[k]) of the buffer. */
  int[] from = new int[8];

  int[] to = new int[8];

  /** Whether field k was quoted (it may then hold doubled quotes). */
  boolean[] quoted = new boolean[8];

  /** The number of fields, or −1 when a quote is not closed. */
  int count;

  /**
   * Splits bytes [start, end) of {@code b}.
   *
   * @param sep the separator's bytes, or null for runs of spaces and tabs
   */
  void split(byte[] b, int start, int end, byte[] sep) {
    count = 0;
    if (sep == null) {
      int k = start;
      while (true) {
        while (k < end && (b[k] == ' ' || b[k] == '\t')) {
          k++;
        }
        if (k == end) {
          return;
        }
        int s = k;
        while (k < end && b[k] != ' ' && b[k] != '\t') {
          k++;
        }
        add(s, k, false);
      }
    }
    int k = start;
    while (true) {
      while (k < end && b[k] == ' ' && sep[0] != ' ') {
        k++;
      }
      if (sep.length == 1 && k < end && b[k] == '"') {
        int close = closingQuote(b, k + 1, end);
        int after = close + 1;
        while (after < end && b[after] == ' ') {
          after++;
        }
        if (close < 0 || after < end && b[after] != sep[0]) {
          count = -1;
          return;
        }
        add(k + 1, close, true);
        if (after == end) {
          return;
        }
        k = after + 1;
        continue;
      }
      int s = k;
      int e = find(b, k, end, sep);
      int t = e;
      while (t > s && b[t - 1] == ' ') {
        t--;
      }
      add(s, t, false);
      if (e == end) {
        return;
      }
      k = e + sep.length;
    }
  }

  private static int closingQuote(byte[] b, int k, int end) {
    while (k < end) {
      if (b[k] == '"') {
        if (k + 1 < end && b[k + 1] == '"') {
          k += 2;
          continue;
        }
        return k;
      }
      k++;
    }
    return -1;
  }

  private static int find(byte[] b, int k, int end, byte[] sep) {
    byte first = sep[0];
    outer:
    for (; k < end; k++) {
      if (b[k] == first) {
        if (k + sep.length > end) {
          return end;
        }
        for (int j = 1; j < sep.length; j++) {
          if (b[k + j] != sep[j]) {
            continue outer;
          }
        }
        return k;
      }
    }
    return end;
  }

  private void add(int s, int e, boolean q) {
    if (count == from.length) {
      from = Arrays.copyOf(from, count * 2);
      to = Arrays.copyOf(to, count * 2);
      quoted = Arrays.copyOf(quoted, count * 2);
    }
    from[count] = s;
    to[count] = e;
    quoted[count] = q;
    count++;
  }

  /**
   * @return field k as text (UTF-8, or Latin-1 when not valid UTF-8; doubled quotes undone)
   */
  String text(byte[] b, int k) {
    String s = IdCollector.decode(b, from[k], to[k]);
    return quoted[k] ? s.replace("\"\"", "\"") : s;
  }
}
