package dmf.io.npy;

import dmf.base.UserInputException;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An n-dimensional array as stored in a {@code .npy} file, with its data in C (row-major) order.
 *
 * <p>Exactly one of {@code doubles} (floating types) and {@code longs} (integer types) is non-null,
 * so integer values stay exact. The shape is copied on construction and on access; the data arrays
 * are shared, not copied, to keep large arrays cheap, and must not be modified by anyone holding
 * them. Use {@link #asDoubles()} or {@link #asInts(String)} for private copies.
 *
 * @param shape the dimensions, empty for a 0-d scalar
 * @param type the element type
 * @param doubles the values of a floating array, else null
 * @param longs the values of an integer array, else null
 */
public record NpyArray(long[] shape, NpyType type, double[] doubles, long[] longs) {
  /** The largest element count a Java array can reliably hold. */
  public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  /** Validates that the data matches the type and the shape. */
  public NpyArray {
    Objects.requireNonNull(type, "type");
    shape = shape.clone();
    if (type.isInteger() ? longs == null || doubles != null : doubles == null || longs != null) {
      throw new IllegalArgumentException(
          type + " array needs exactly its " + (type.isInteger() ? "longs" : "doubles") + " data");
    }
    long n = elementCount(shape);
    int length = type.isInteger() ? longs.length : doubles.length;
    if (n != length) {
      throw new IllegalArgumentException(
          "shape " + shapeString(shape) + " needs " + n + " values, got " + length);
    }
  }

  /**
   * Returns a copy of the dimensions.
   *
   * @return the shape, empty for a scalar
   */
  @Override
  public long[] shape() {
    return shape.clone();
  }

  /**
   * Returns the number of dimensions.
   *
   * @return 0 for a scalar, 2 for a matrix
   */
  public int rank() {
    return shape.length;
  }

  /**
   * Returns one dimension.
   *
   * @param axis 0 for rows
   * @return the length along {@code axis}
   */
  public long dim(int axis) {
    return shape[axis];
  }

  /**
   * Returns the number of elements.
   *
   * @return the product of the dimensions (1 for a scalar)
   */
  public long size() {
    return type.isInteger() ? longs.length : doubles.length;
  }

  /**
   * Tells whether the values are integers.
   *
   * @return true if {@link #longs()} holds the data
   */
  public boolean isInteger() {
    return type.isInteger();
  }

  /**
   * Returns the values as a fresh array of doubles, converting integers.
   *
   * @return a copy in C order
   */
  public double[] asDoubles() {
    if (!type.isInteger()) {
      return doubles.clone();
    }
    double[] out = new double[longs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = longs[i];
    }
    return out;
  }

  /**
   * Returns the values as a fresh array of ints.
   *
   * @param what names the array in error messages, e.g. the file name
   * @return a copy in C order
   * @throws UserInputException if the array is floating or a value does not fit in an int
   */
  public int[] asInts(String what) {
    if (!type.isInteger()) {
      throw new UserInputException(what + ": expected an integer array, found " + type.descr());
    }
    int[] out = new int[longs.length];
    for (int i = 0; i < out.length; i++) {
      long v = longs[i];
      if (v != (int) v) {
        throw new UserInputException(
            what + ": value " + v + " at index " + i + " does not fit in a 32-bit int");
      }
      out[i] = (int) v;
    }
    return out;
  }

  /**
   * Checks the number of dimensions.
   *
   * @param expected the required rank
   * @param what names the array in error messages, e.g. the file name
   * @return this array
   * @throws UserInputException if the rank differs
   */
  public NpyArray requireRank(int expected, String what) {
    if (shape.length != expected) {
      throw new UserInputException(
          what + ": expected a " + expected + "-d array, found shape " + shapeString(shape));
    }
    return this;
  }

  /**
   * Formats the shape the way numpy prints it.
   *
   * @return e.g. {@code (3, 4)}, {@code (5,)} or {@code ()}
   */
  public String shapeString() {
    return shapeString(shape);
  }

  /**
   * Formats a shape the way numpy prints it.
   *
   * @param shape the dimensions
   * @return e.g. {@code (3, 4)}, {@code (5,)} or {@code ()}
   */
  public static String shapeString(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringJoiner joiner = new StringJoiner(", ", "(", ")");
    for (long d : shape) {
      joiner.add(Long.toString(d));
    }
    return joiner.toString();
  }

  /**
   * Returns the number of elements of a shape, checking it is a valid Java array length.
   *
   * @param shape the dimensions
   * @return their product
   * @throws IllegalArgumentException if a dimension is negative or the product is too large
   */
  public static int elementCount(long[] shape) {
    long n = 1;
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + shapeString(shape));
      }
      n = d == 0 ? 0 : n;
    }
    for (long d : shape) {
      if (n == 0) {
        return 0;
      }
      if (d > MAX_ELEMENTS / n) {
        throw new IllegalArgumentException(
            "shape " + shapeString(shape) + " has more than " + MAX_ELEMENTS + " elements");
      }
      n *= d;
    }
    return (int) n;
  }

  /** Compares type, shape and values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof NpyArray a
        && type == a.type
        && Arrays.equals(shape, a.shape)
        && Arrays.equals(doubles, a.doubles)
        && Arrays.equals(longs, a.longs);
  }

  /** Hashes type, shape and values. */
  @Override
  public int hashCode() {
    return Objects.hash(
        type, Arrays.hashCode(shape), Arrays.hashCode(doubles), Arrays.hashCode(longs));
  }

  /** Describes type and shape only (the data may be huge). */
  @Override
  public String toString() {
    return "NpyArray[" + type.descr() + ", shape=" + shapeString(shape) + "]";
  }
}
