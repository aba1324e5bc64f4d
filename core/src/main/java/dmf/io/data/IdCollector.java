package dmf.io.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct id met while reading a dense index in order of first appearance, without an
 * object per line: canonical integer ids go through a primitive hash map; the first id that is not
 * one turns every id into text (integers keep their decimal form). Text is decoded as UTF-8, or as
 * Latin-1 when the bytes are not valid UTF-8, so no byte sequence fails.
 */
final class IdCollector {
  private LongIntMap numeric;
  private long[] numbers = new long[1024];
  private Map<String, Integer> text;
  private List<String> texts;
  private int size;

  IdCollector(int expected) {
    numeric = new LongIntMap(expected);
  }

  /**
   * @return the number of distinct ids so far
   */
  int size() {
    return size;
  }

  /**
   * @param b the line bytes
   * @param f the line's fields
   * @param field which field holds the id
   * @return the id's dense index
   */
  int index(byte[] b, LineFields f, int field) {
    int from = f.from[field];
    int to = f.to[field];
    if (numeric != null) {
      long v = Numbers.canonicalInteger(b, from, to);
      if (v >= 0) {
        int k = numeric.putIfAbsent(v, size);
        if (k == size) {
          if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
          }
          numbers[size++] = v;
        }
        return k;
      }
      toText();
    }
    String s = f.text(b, field);
    Integer k = text.putIfAbsent(s, size);
    if (k != null) {
      return k;
    }
    texts.add(s);
    return size++;
  }

  private void toText() {
    text = new HashMap<>(Math.max(16, size * 2));
    texts = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      String s = Long.toString(numbers[k]);
      texts.add(s);
      text.put(s, k);
    }
    numeric = null;
    numbers = null;
  }

  /**
   * Sorts the ids (integers numerically, text by code point) and says where each index moved.
   *
   * @param newIndex receives, for each index of first appearance, its index in the sorted order
   *     (length at least {@link #size()})
   * @return the sorted ids
   */
  IdIndex sorted(int[] newIndex) {
    if (numeric != null) {
      long[] ids = Arrays.copyOf(numbers, size);
      long[] s = ids.clone();
      Arrays.sort(s);
      for (int k = 0; k < size; k++) {
        newIndex[k] = Arrays.binarySearch(s, ids[k]);
      }
      return IdIndex.wrap(s, null);
    }
    String[] s = texts.toArray(String[]::new);
    Arrays.sort(s);
    for (int k = 0; k < size; k++) {
      newIndex[k] = Arrays.binarySearch(s, texts.get(k));
    }
    return IdIndex.wrap(null, s);
  }

  /** UTF-8 when valid, else Latin-1 (every byte a character): never fails. */
  static String decode(byte[] b, int from, int to) {
    boolean ascii = true;
    for (int k = from; k < to && ascii; k++) {
      ascii = b[k] >= 0;
    }
    if (ascii) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from))
          .toString();
    } catch (CharacterCodingException ex) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }
}
