package dmf.io.npy;

import java.util.ArrayList;
import java.util.List;

/**
 * The header dictionary of a {@code .npy} file, e.g. {@code {'descr': '<f8', 'fortran_order':
 * False, 'shape': (3, 4), }}: parsing (a small Python-literal parser) and formatting.
 *
 * @param descr the numpy type descriptor, e.g. {@code <f8}
 * @param fortranOrder whether the data is stored in column-major order
 * @param shape the dimensions
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape) {

  /** Thrown for a header that is not a valid dictionary; the message says what is wrong. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /** Thrown for a structured (record) dtype, whose descr is a list rather than a string. */
  static final class StructuredDtypeException extends Exception {
    private static final long serialVersionUID = 1L;

    StructuredDtypeException() {
      super("structured dtype");
    }
  }

  /**
   * Formats the dictionary the way numpy writes it (without padding).
   *
   * @return e.g. {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}
   */
  String format() {
    return "{'descr': '"
        + descr
        + "', 'fortran_order': "
        + (fortranOrder ? "True" : "False")
        + ", 'shape': "
        + NpyArray.shapeString(shape)
        + ", }";
  }

  /**
   * Parses a header dictionary.
   *
   * @param text the header text after the length field, including padding
   * @return the three entries
   * @throws MalformedException if the text is not a dictionary with the three keys
   * @throws StructuredDtypeException if descr describes a structured dtype
   */
  static NpyHeader parse(String text) throws MalformedException, StructuredDtypeException {
    return new Parser(text).dict();
  }

  /** A recursive-descent parser for the Python literals that appear in npy headers. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    NpyHeader dict() throws MalformedException, StructuredDtypeException {
      expect('{');
      String descr = null;
      Boolean fortran = null;
      long[] shape = null;
      while (peek() != '}') {
        String key = string();
        expect(':');
        switch (key) {
          case "descr" -> {
            if (peek() == '[') {
              throw new StructuredDtypeException();
            }
            descr = string();
          }
          case "fortran_order" -> fortran = bool();
          case "shape" -> shape = tuple();
          default -> throw new MalformedException("unexpected key '" + key + "'");
        }
        if (peek() == ',') {
          pos++;
        } else if (peek() != '}') {
          throw new MalformedException("expected ',' or '}' at offset " + pos);
        }
      }
      pos++;
      if (!s.substring(pos).isBlank()) {
        throw new MalformedException("unexpected text after '}'");
      }
      if (descr == null || fortran == null || shape == null) {
        throw new MalformedException(
            "missing key '"
                + (descr == null ? "descr" : fortran == null ? "fortran_order" : "shape")
                + "'");
      }
      return new NpyHeader(descr, fortran, shape);
    }

    private String string() throws MalformedException {
      char quote = peek();
      if (quote != '\'' && quote != '"') {
        throw new MalformedException("expected a string at offset " + pos);
      }
      int end = s.indexOf(quote, pos + 1);
      if (end < 0) {
        throw new MalformedException("unterminated string at offset " + pos);
      }
      String value = s.substring(pos + 1, end);
      pos = end + 1;
      return value;
    }

    private boolean bool() throws MalformedException {
      peek();
      for (String word : new String[] {"True", "False"}) {
        if (s.startsWith(word, pos)) {
          pos += word.length();
          return word.equals("True");
        }
      }
      throw new MalformedException("expected True or False at offset " + pos);
    }

    private long[] tuple() throws MalformedException {
      expect('(');
      List<Long> dims = new ArrayList<>();
      while (peek() != ')') {
        dims.add(integer());
        if (peek() == 'L') { // Python 2 long literal
          pos++;
        }
        if (peek() == ',') {
          pos++;
        } else if (peek() != ')') {
          throw new MalformedException("expected ',' or ')' in shape at offset " + pos);
        }
      }
      pos++;
      return dims.stream().mapToLong(Long::longValue).toArray();
    }

    private long integer() throws MalformedException {
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (start == pos || pos - start > 18) {
        throw new MalformedException("expected a dimension at offset " + start);
      }
      return Long.parseLong(s.substring(start, pos));
    }

    /** Skips whitespace and returns the next character without consuming it. */
    private char peek() throws MalformedException {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length()) {
        throw new MalformedException("unexpected end of header");
      }
      return s.charAt(pos);
    }

    private void expect(char c) throws MalformedException {
      if (peek() != c) {
        throw new MalformedException("expected '" + c + "' at offset " + pos);
      }
      pos++;
    }
  }
}
