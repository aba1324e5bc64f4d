package dmf.io.npy;

/**
 * The element types dmf keeps in memory for an {@link NpyArray}, with their little-endian numpy
 * descriptors.
 *
 * <p>Floating types are held as {@code double}s, integer types as {@code long}s so integer values
 * stay exact. When reading, big-endian files ({@code '>f8'}) map to the same types, and numpy
 * {@code bool} ({@code '|b1'}) and {@code uint8} ({@code '|u1'}) arrays read as {@link #INT32}.
 */
public enum NpyType {
  /** IEEE single precision, numpy {@code '<f4'}. */
  FLOAT32("<f4", 4, false),
  /** IEEE double precision, numpy {@code '<f8'}. */
  FLOAT64("<f8", 8, false),
  /** Signed 32-bit integer, numpy {@code '<i4'}. */
  INT32("<i4", 4, true),
  /** Signed 64-bit integer, numpy {@code '<i8'}. */
  INT64("<i8", 8, true);

  private final String descr;
  private final int itemSize;
  private final boolean integer;

  NpyType(String descr, int itemSize, boolean integer) {
    this.descr = descr;
    this.itemSize = itemSize;
    this.integer = integer;
  }

  /**
   * Returns the numpy descriptor dmf writes for this type.
   *
   * @return e.g. {@code "<f8"}
   */
  public String descr() {
    return descr;
  }

  /**
   * Returns the number of bytes per element in a file of this type.
   *
   * @return 4 or 8
   */
  public int itemSize() {
    return itemSize;
  }

  /**
   * Tells whether values of this type are integers (held as {@code long}s).
   *
   * @return true for {@link #INT32} and {@link #INT64}
   */
  public boolean isInteger() {
    return integer;
  }
}
