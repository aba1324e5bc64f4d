package dmf.io.npy;

import dmf.base.UserInputException;
import java.nio.ByteOrder;
import java.util.Locale;

/** A parsed dtype descriptor such as {@code >f8}: element layout and byte order. */
record NpyEncoding(NpyEncoding.Kind kind, ByteOrder order) {
  /** The raw element layouts dmf can read, with the in-memory type each becomes. */
  enum Kind {
    F4(NpyType.FLOAT32, 4),
    F8(NpyType.FLOAT64, 8),
    I4(NpyType.INT32, 4),
    I8(NpyType.INT64, 8),
    U1(NpyType.INT32, 1),
    B1(NpyType.INT32, 1);

    final NpyType type;
    final int size;

    Kind(NpyType type, int size) {
      this.type = type;
      this.size = size;
    }
  }

  /**
   * @param descr the header's dtype, e.g. {@code <f8}
   * @param name the file, for the message
   * @return its encoding
   * @throws UserInputException naming the file if dmf cannot read that dtype
   */
  static NpyEncoding parse(String descr, String name) {
    if (descr.length() == 3) {
      char order = descr.charAt(0);
      String code = descr.substring(1);
      for (Kind kind : Kind.values()) {
        boolean orderOk = order == '<' || order == '>' || (order == '|' && kind.size == 1);
        if (kind.name().toLowerCase(Locale.ROOT).equals(code) && orderOk) {
          return new NpyEncoding(
              kind, order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        }
      }
    }
    throw new UserInputException(
        name
            + ": unsupported dtype '"
            + descr
            + "' (supported: f4, f8, i4, i8 in either byte order, b1, u1)");
  }

  NpyType type() {
    return kind.type;
  }

  int size() {
    return kind.size;
  }
}
