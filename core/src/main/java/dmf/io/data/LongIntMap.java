package dmf.io.data;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values with no per-entry objects, for the tens
 * of millions of id lookups of a large ratings file. Linear probing, load factor at most 1/2.
 */
final class LongIntMap {
  private static final int ABSENT = -1;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /**
   * @param expected the number of entries expected (the map grows past it)
   */
  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    keys = new long[cap];
    values = new int[cap];
    Arrays.fill(values, ABSENT);
    mask = cap - 1;
  }

  /**
   * @return the number of entries
   */
  int size() {
    return size;
  }

  /**
   * @param key a key
   * @return its value, or -1 when absent
   */
  int get(long key) {
    for (int s = slot(key); ; s = (s + 1) & mask) {
      if (values[s] == ABSENT) {
        return ABSENT;
      }
      if (keys[s] == key) {
        return values[s];
      }
    }
  }

  /**
   * The value of {@code key}, inserting {@code ifAbsent} first when the key is new.
   *
   * @param key a key
   * @param ifAbsent the value to insert for a new key (not negative)
   * @return the value now stored for the key
   */
  int putIfAbsent(long key, int ifAbsent) {
    for (int s = slot(key); ; s = (s + 1) & mask) {
      if (values[s] == ABSENT) {
        keys[s] = key;
        values[s] = ifAbsent;
        if (++size * 2 > keys.length) {
          grow();
        }
        return ifAbsent;
      }
      if (keys[s] == key) {
        return values[s];
      }
    }
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, ABSENT);
    mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldValues[s] != ABSENT) {
        int t = slot(oldKeys[s]);
        while (values[t] != ABSENT) {
          t = (t + 1) & mask;
        }
        keys[t] = oldKeys[s];
        values[t] = oldValues[s];
      }
    }
  }
}
