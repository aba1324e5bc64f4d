package dmf.io.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Original user or item ids and the dense indices 0..size−1 that stand for them. Ids are either all
 * integers (stored as longs, e.g. MovieLens ids with gaps) or all text (e.g. ISBNs or hashed
 * names); an integer id is written in its canonical decimal form ({@code 7}, not {@code 007} or
 * {@code +7}), and any other text makes every id of the file text. Immutable.
 */
public final class IdIndex {
  private final long[] numbers;
  private final String[] texts;
  private volatile Map<String, Integer> lookup;

  private IdIndex(long[] numbers, String[] texts) {
    this.numbers = numbers;
    this.texts = texts;
  }

  /**
   * @param ids integer ids, index order, distinct (Input, copied)
   * @return the index
   */
  public static IdIndex ofNumbers(long[] ids) {
    IdIndex x = new IdIndex(ids.clone(), null);
    x.requireDistinct();
    return x;
  }

  /**
   * @param ids text ids, index order, distinct (Input, copied)
   * @return the index
   */
  public static IdIndex ofTexts(String[] ids) {
    IdIndex x = new IdIndex(null, ids.clone());
    x.requireDistinct();
    return x;
  }

  /** Wraps arrays the caller gives up (no copy). */
  static IdIndex wrap(long[] numbers, String[] texts) {
    return new IdIndex(numbers, texts);
  }

  private void requireDistinct() {
    if (map().size() != size()) {
      throw new IllegalArgumentException("ids are not distinct");
    }
  }

  /**
   * @return the number of ids
   */
  public int size() {
    return numbers != null ? numbers.length : texts.length;
  }

  /**
   * @return whether the ids are integers
   */
  public boolean isNumeric() {
    return numbers != null;
  }

  /**
   * @param index a dense index
   * @return its original id as text
   */
  public String id(int index) {
    return numbers != null ? Long.toString(numbers[index]) : texts[index];
  }

  /**
   * @return the integer ids in index order (a copy)
   * @throws IllegalStateException when the ids are text
   */
  public long[] numbers() {
    if (numbers == null) {
      throw new IllegalStateException("text ids");
    }
    return numbers.clone();
  }

  /**
   * @return the ids as text in index order (a copy)
   */
  public String[] texts() {
    String[] out = new String[size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = id(k);
    }
    return out;
  }

  /**
   * @param id an original id as text
   * @return its dense index, or −1 when the id is unknown
   */
  public int indexOf(String id) {
    Integer k = map().get(id);
    return k == null ? -1 : k;
  }

  /**
   * For each index of this map, the index of the same id in {@code target}, or −1.
   *
   * @param target another map
   * @return the translation table, of length {@link #size()}
   */
  public int[] translateTo(IdIndex target) {
    int[] out = new int[size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = target.indexOf(id(k));
    }
    return out;
  }

  /**
   * These ids followed by the ids of {@code more} that are not among them (in their order). The
   * result is numeric when both are.
   *
   * @param more further ids
   * @return the extended map; indices of this map keep their meaning
   */
  public IdIndex extendedWith(IdIndex more) {
    int[] t = more.translateTo(this);
    int extra = (int) Arrays.stream(t).filter(x -> x < 0).count();
    if (extra == 0) {
      return this;
    }
    int n = size();
    if (isNumeric() && more.isNumeric()) {
      long[] ids = Arrays.copyOf(numbers, n + extra);
      for (int k = 0, e = n; k < t.length; k++) {
        if (t[k] < 0) {
          ids[e++] = more.numbers[k];
        }
      }
      return new IdIndex(ids, null);
    }
    String[] ids = Arrays.copyOf(texts(), n + extra);
    for (int k = 0, e = n; k < t.length; k++) {
      if (t[k] < 0) {
        ids[e++] = more.id(k);
      }
    }
    return new IdIndex(null, ids);
  }

  private Map<String, Integer> map() {
    Map<String, Integer> m = lookup;
    if (m == null) {
      m = new HashMap<>(Math.max(16, size() * 2));
      for (int k = 0; k < size(); k++) {
        m.putIfAbsent(id(k), k);
      }
      lookup = m;
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdIndex x
        && Arrays.equals(numbers, x.numbers)
        && Arrays.equals(texts, x.texts);
  }

  @Override
  public int hashCode() {
    return numbers != null ? Arrays.hashCode(numbers) : Arrays.hashCode(texts);
  }

  @Override
  public String toString() {
    return "IdIndex[" + size() + (isNumeric() ? " integer ids]" : " text ids]");
  }
}
