package dmf.io.data;

import dmf.base.MemoryBudget;
import dmf.base.ProgressListener;
import dmf.base.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams a ratings file into primitive arrays: lines are cut and split in a byte buffer, numbers
 * parsed from the bytes and ids mapped through a primitive hash map, so no object is made per line.
 * Gzip is detected from the magic bytes; a UTF-8 byte-order mark is skipped; text fields that are
 * not UTF-8 are read as Latin-1. Ids are sorted at the end (integers numerically) and duplicates
 * resolved by {@link Duplicates}.
 */
final class RatingsReader {
  private static final int BUFFER = 1 << 20;
  private static final long PROGRESS_NANOS = 250_000_000L;

  private final Path file;
  private final RatingsFormat format;
  private final ReadRules rules;
  private final ProgressListener listener;
  private final LineFields f = new LineFields();
  private byte[] sep;
  private int fieldCount = -1;
  private int cu = -1;
  private int ci = -1;
  private int cr = -1;
  private int ct = -1;
  private long lineNo;
  private long skipped;
  private String firstSkipped = "";
  private RatingColumns cols;
  private IdCollector userIds;
  private IdCollector itemIds;

  RatingsReader(Path file, RatingsFormat format, ReadRules rules, ProgressListener listener) {
    this.file = file;
    this.format = format;
    this.rules = rules;
    this.listener = listener;
  }

  RatingsTable read() {
    long size;
    try {
      if (Files.isDirectory(file)) {
        throw new UserInputException(file + ": is a folder, not a ratings file");
      }
      size = Files.size(file);
    } catch (NoSuchFileException ex) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException ex) {
      throw new UserInputException(file + ": cannot read (" + ex.getMessage() + ")");
    }
    try (CountingStream counted = new CountingStream(Files.newInputStream(file));
        InputStream in = CountingStream.open(counted)) {
      boolean gz = in instanceof GZIPInputStream;
      // ~28 bytes a line in MovieLens CSV; gzip shrinks text about 3-4 times.
      long guess = Math.max(1024, size / (gz ? 8 : 24));
      MemoryBudget.require(MemoryBudget.bytes(guess, 24), file + ": about " + guess + " ratings");
      cols = new RatingColumns(file, (int) Math.min(guess, Integer.MAX_VALUE - 16));
      userIds = new IdCollector(1 << 12);
      itemIds = new IdCollector(1 << 12);
      scan(in, counted, size);
    } catch (NoSuchFileException ex) {
      throw new UserInputException(file + ": no such file");
    } catch (AccessDeniedException ex) {
      throw new UserInputException(file + ": permission denied");
    } catch (ZipException ex) {
      throw new UserInputException(file + ": corrupt gzip data (" + ex.getMessage() + ")");
    } catch (IOException ex) {
      throw new UserInputException(file + ": cannot read (" + ex.getMessage() + ")");
    }
    return finish();
  }

  private void scan(InputStream in, CountingStream counted, long size) throws IOException {
    byte[] b = new byte[BUFFER];
    int start = 0;
    int lim = 0;
    boolean eof = false;
    long t0 = System.nanoTime();
    long next = t0 + PROGRESS_NANOS;
    String stage = "reading " + file.getFileName();
    int scanFrom = 0;
    while (true) {
      int nl = -1;
      for (int k = scanFrom; k < lim; k++) {
        if (b[k] == '\n') {
          nl = k;
          break;
        }
      }
      if (nl < 0 && !eof) {
        if (start > 0) {
          System.arraycopy(b, start, b, 0, lim - start);
          lim -= start;
          start = 0;
        } else if (lim == b.length) {
          if (b.length >= 1 << 28) {
            throw new UserInputException(file + ":" + (lineNo + 1) + ": line longer than 256 MB");
          }
          b = Arrays.copyOf(b, b.length * 2);
        }
        scanFrom = lim;
        int got = in.read(b, lim, b.length - lim);
        if (got < 0) {
          eof = true;
        } else {
          lim += got;
        }
        long now = System.nanoTime();
        if (now >= next) {
          next = now + PROGRESS_NANOS;
          listener.onProgress(stage, counted.count, size, (now - t0) * 1e-9);
        }
        continue;
      }
      int end = nl < 0 ? lim : nl;
      if (nl < 0 && start == lim) {
        break;
      }
      lineNo++;
      int s = start;
      if (lineNo == 1) {
        s = skipByteOrderMark(b, s, end);
      }
      int e = end > s && b[end - 1] == '\r' ? end - 1 : end;
      line(b, s, e);
      start = nl < 0 ? lim : nl + 1;
      scanFrom = start;
      if (nl < 0) {
        break;
      }
    }
    listener.onProgress(stage, counted.count, size, (System.nanoTime() - t0) * 1e-9);
  }

  private int skipByteOrderMark(byte[] b, int s, int end) {
    if (end - s >= 3 && b[s] == (byte) 0xEF && b[s + 1] == (byte) 0xBB && b[s + 2] == (byte) 0xBF) {
      return s + 3;
    }
    if (end - s >= 2
        && (b[s] == (byte) 0xFF && b[s + 1] == (byte) 0xFE
            || b[s] == (byte) 0xFE && b[s + 1] == (byte) 0xFF)) {
      throw new UserInputException(
          file + ": UTF-16 text is not supported; save the file as UTF-8 or ASCII");
    }
    return s;
  }

  private void line(byte[] b, int s, int e) {
    boolean blank = true;
    for (int k = s; k < e && blank; k++) {
      blank = b[k] == ' ' || b[k] == '\t';
    }
    if (blank) {
      return;
    }
    if (fieldCount < 0) {
      if (firstLine(b, s, e)) {
        return;
      }
    } else {
      f.split(b, s, e, sep);
    }
    if (f.count < 0) {
      bad("a quoted field is not closed");
      return;
    }
    if (f.count != fieldCount) {
      bad("expected " + fieldCount + " fields, found " + f.count);
      return;
    }
    double r = Numbers.decimal(b, f.from[cr], f.to[cr]);
    if (Double.isNaN(r)) {
      bad("rating '" + show(b, cr) + "' is not a number");
      return;
    }
    if (!rules.inRange(r)) {
      bad("rating " + show(b, cr) + " is outside the declared range " + rules.rangeText());
      return;
    }
    long t = 0;
    if (ct >= 0) {
      t = Numbers.integer(b, f.from[ct], f.to[ct]);
      if (t == Numbers.NOT_INTEGER) {
        bad("timestamp '" + show(b, ct) + "' is not an integer");
        return;
      }
    }
    if (f.to[cu] == f.from[cu]) {
      bad("the user id is empty");
      return;
    }
    if (f.to[ci] == f.from[ci]) {
      bad("the item id is empty");
      return;
    }
    cols.add(userIds.index(b, f, cu), itemIds.index(b, f, ci), (float) r, t);
  }

  /** Settles separator, header and columns from the first non-blank line; true if a header. */
  private boolean firstLine(byte[] b, int s, int e) {
    String text = new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    String sepText = format.separator();
    if (sepText.equals(RatingsFormat.AUTO)) {
      sepText = RatingsFormat.detectSeparator(text);
    }
    sep =
        sepText.equals(RatingsFormat.WHITESPACE) ? null : sepText.getBytes(StandardCharsets.UTF_8);
    f.split(b, s, e, sep);
    if (f.count < 0) {
      throw new UserInputException(file + ":" + lineNo + ": a quoted field is not closed");
    }
    fieldCount = f.count;
    HeaderColumns.Layout layout = HeaderColumns.settle(format, f, b, file, lineNo);
    cu = layout.user();
    ci = layout.item();
    cr = layout.rating();
    ct = layout.timestamp();
    if (ct >= 0) {
      cols.withTimes();
    }
    return layout.header();
  }

  private String show(byte[] b, int field) {
    String s = f.text(b, field);
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private void bad(String problem) {
    String msg = file + ":" + lineNo + ": " + problem;
    if (!rules.skipBadLines()) {
      throw new UserInputException(msg);
    }
    if (skipped++ == 0) {
      firstSkipped = msg;
    }
  }

  private RatingsTable finish() {
    if (cols.n == 0) {
      throw new UserInputException(
          file
              + (skipped == 0
                  ? ": no ratings"
                  : ": no readable ratings ("
                      + skipped
                      + " bad lines; first: "
                      + firstSkipped
                      + ")"));
    }
    int[] uMap = new int[userIds.size()];
    int[] iMap = new int[itemIds.size()];
    IdIndex uIdx = userIds.sorted(uMap);
    IdIndex iIdx = itemIds.sorted(iMap);
    cols.renumber(uMap, iMap);
    Duplicates.Outcome d =
        Duplicates.resolve(cols.users, cols.items, cols.ratings, cols.times, cols.n, uIdx.size());
    String example =
        d.dropped() == 0
            ? ""
            : "user "
                + uIdx.id(d.exampleUser())
                + " rated item "
                + iIdx.id(d.exampleItem())
                + " more than once";
    return cols.table(
        file,
        uIdx,
        iIdx,
        d.kept(),
        new ReadCounts(lineNo, skipped, firstSkipped, d.dropped(), example));
  }
}
