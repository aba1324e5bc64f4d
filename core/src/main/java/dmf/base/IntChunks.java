package dmf.base;

/**
 * An int array of any length up to 2^31 − 1, held in chunks of 2^30 because a Java array holds
 * fewer than 2^31 elements. Used for permutations of observed entries.
 */
public final class IntChunks {
  private static final int SHIFT = 30;
  private static final int MASK = (1 << SHIFT) - 1;
  private final int[][] chunks;
  private final int length;

  /**
   * @param length elements, all zero
   */
  public IntChunks(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    this.length = length;
    int count = Math.max(1, (int) (((long) length + MASK) >>> SHIFT));
    chunks = new int[count][];
    for (int t = 0; t < count; t++) {
      chunks[t] = new int[(int) Math.min(1L << SHIFT, length - ((long) t << SHIFT))];
    }
  }

  /**
   * @return the number of elements
   */
  public int length() {
    return length;
  }

  /**
   * @param i an index
   * @return element i
   */
  public int get(int i) {
    return chunks[i >>> SHIFT][i & MASK];
  }

  /**
   * @param i an index
   * @param v its new value
   */
  public void set(int i, int v) {
    chunks[i >>> SHIFT][i & MASK] = v;
  }
}
