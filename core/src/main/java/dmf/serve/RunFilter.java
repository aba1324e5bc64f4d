package dmf.serve;

import dmf.base.UserInputException;
import dmf.io.store.RunRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filter expressions over runs, e.g. {@code depth=3 and test_error<1e-3}: comparisons {@code NAME
 * OP VALUE} (OP one of {@code = == != < <= > >= ~}, where {@code ~} means "contains"), joined by
 * {@code and}, {@code or}, {@code not} and parentheses ({@code and} binds tighter than {@code or}).
 * A name is a column: {@code status}, {@code run}, a setting or a summary value. Numbers compare as
 * numbers, anything else as text ignoring case. A run without the column matches only {@code !=}.
 */
final class RunFilter {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\s*(?:(?<op>==|!=|<=|>=|=|<|>|~)|(?<paren>[()])"
              + "|(?<num>[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)(?![\\w.])"
              + "|(?<name>[A-Za-z_][\\w.]*)|'(?<sq>[^']*)'|\"(?<dq>[^\"]*)\")");

  private record Token(String kind, String text, int at) {}

  private final String source;
  private final List<Token> tokens;
  private final Set<String> names = new LinkedHashSet<>();
  private int pos;

  private RunFilter(String source) {
    this.source = source;
    this.tokens = tokenize(source);
  }

  /**
   * @param expression the filter text; blank means every run
   * @return the filter
   * @throws UserInputException naming the position of a syntax error
   */
  static Parsed parse(String expression) {
    if (expression == null || expression.isBlank()) {
      return new Parsed(r -> true, Set.of());
    }
    RunFilter f = new RunFilter(expression);
    Predicate<RunEntry> p = f.or();
    if (f.pos < f.tokens.size()) {
      throw f.error("unexpected '" + f.tokens.get(f.pos).text() + "'", f.tokens.get(f.pos).at());
    }
    return new Parsed(p, Set.copyOf(f.names));
  }

  /**
   * A parsed filter.
   *
   * @param test whether a run matches
   * @param names the column names the expression uses
   */
  record Parsed(Predicate<RunEntry> test, Set<String> names) {}

  private Predicate<RunEntry> or() {
    Predicate<RunEntry> p = and();
    while (word("or")) {
      p = p.or(and());
    }
    return p;
  }

  private Predicate<RunEntry> and() {
    Predicate<RunEntry> p = unary();
    while (word("and")) {
      p = p.and(unary());
    }
    return p;
  }

  private Predicate<RunEntry> unary() {
    if (word("not")) {
      return unary().negate();
    }
    if (peek("paren", "(")) {
      pos++;
      Predicate<RunEntry> p = or();
      if (!peek("paren", ")")) {
        throw error("missing ')'", here());
      }
      pos++;
      return p;
    }
    Token name = next("name", "a column name");
    Token op = next("op", "an operator (= != < <= > >= ~) after '" + name.text() + "'");
    Token value = next(null, "a value after '" + name.text() + op.text() + "'");
    if (value.kind().equals("op") || value.kind().equals("paren")) {
      throw error("expected a value after '" + name.text() + op.text() + "'", value.at());
    }
    names.add(name.text());
    return comparison(name.text(), op.text(), value.text(), value.kind().equals("num"));
  }

  private static Predicate<RunEntry> comparison(
      String name, String op, String literal, boolean numeric) {
    double number = numeric ? Double.parseDouble(literal) : Double.NaN;
    String text = literal.toLowerCase(Locale.ROOT);
    return run -> {
      Object v = run.value(name);
      if (v == null || (v instanceof String s && s.isEmpty())) {
        return op.equals("!=");
      }
      double x = numeric ? asNumber(v) : Double.NaN;
      int cmp;
      if (numeric && !Double.isNaN(x)) {
        cmp = Double.compare(x, number);
        if (x == number) {
          cmp = 0;
        }
      } else {
        String s = String.valueOf(v).toLowerCase(Locale.ROOT);
        if (op.equals("~")) {
          return s.contains(text);
        }
        cmp = s.compareTo(text);
      }
      return switch (op) {
        case "=", "==" -> cmp == 0;
        case "!=" -> cmp != 0;
        case "<" -> cmp < 0;
        case "<=" -> cmp <= 0;
        case ">" -> cmp > 0;
        case ">=" -> cmp >= 0;
        default -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(text);
      };
    };
  }

  /**
   * @param v a value
   * @return it as a number, or NaN when it is not one
   */
  static double asNumber(Object v) {
    return RunRow.number(v);
  }

  private boolean word(String w) {
    if (pos < tokens.size()
        && tokens.get(pos).kind().equals("name")
        && tokens.get(pos).text().equalsIgnoreCase(w)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean peek(String kind, String text) {
    return pos < tokens.size()
        && tokens.get(pos).kind().equals(kind)
        && tokens.get(pos).text().equals(text);
  }

  private Token next(String kind, String what) {
    if (pos >= tokens.size()) {
      throw error("expected " + what, source.length());
    }
    Token t = tokens.get(pos);
    if (kind != null && !t.kind().equals(kind)) {
      throw error("expected " + what, t.at());
    }
    pos++;
    return t;
  }

  private int here() {
    return pos < tokens.size() ? tokens.get(pos).at() : source.length();
  }

  private UserInputException error(String message, int at) {
    return new UserInputException("filter: " + message + " at position " + (at + 1));
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (s.substring(at).isBlank()) {
        break;
      }
      if (!m.find(at) || m.start() != at) {
        throw new UserInputException("filter: cannot read '" + s.substring(at).trim() + "'");
      }
      int start = m.start() + (m.group().length() - m.group().stripLeading().length());
      for (String kind : List.of("op", "paren", "num", "name", "sq", "dq")) {
        if (m.group(kind) != null) {
          String k = kind.equals("sq") || kind.equals("dq") ? "str" : kind;
          out.add(new Token(k, m.group(kind), start));
        }
      }
      at = m.end();
    }
    return out;
  }
}
