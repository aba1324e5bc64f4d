package dmf.settings;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An immutable list of integers, the value type of list settings such as hidden widths.
 *
 * @param values the integers
 */
public record IntList(List<Integer> values) {
  /** The empty list. */
  public static final IntList EMPTY = new IntList(List.of());

  /** Copies the list. */
  public IntList {
    values = List.copyOf(values);
  }

  /**
   * @param values the integers
   * @return the list
   */
  public static IntList of(int... values) {
    return new IntList(Arrays.stream(values).boxed().toList());
  }

  /**
   * @return the integers as an array
   */
  public int[] toArray() {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @return whether the list is empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * @return the size
   */
  public int size() {
    return values.size();
  }

  @Override
  public String toString() {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
