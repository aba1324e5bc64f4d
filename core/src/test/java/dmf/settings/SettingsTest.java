package dmf.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  enum Color implements Choice {
    RED,
    DARK_BLUE;

    @Override
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> aliases() {
      return this == RED ? List.of("crimson") : List.of();
    }
  }

  static final Setting<Integer> N = Setting.ofInt("n", 3, "a count").min(1).max(10);
  static final Setting<Double> X = Setting.ofDouble("x", 0.5, "a fraction").positive().below(1);
  static final Setting<Boolean> B = Setting.ofBoolean("b", false, "a flag");
  static final Setting<Color> C = Setting.ofEnum("c", Color.class, Color.RED, "a color");
  static final Setting<IntList> L = Setting.ofIntList("l", IntList.EMPTY, "widths").eachAtLeast(1);
  static final Setting<String> T = Setting.ofText("t", "", "a path").quietDefault();
  static final SettingsTable TABLE = SettingsTable.of("demo", N, X, B, C, L, T);

  @Test
  void parsesEveryRawFormOfEachType() {
    assertEquals(4, N.parse("4"));
    assertEquals(4, N.parse(4L));
    assertEquals(4, N.parse(4.0));
    assertEquals(4, N.parse("4e0"));
    assertEquals(0.25, X.parse("0.25"));
    assertEquals(0.25, X.parse(0.25));
    assertTrue(B.parse("true") && B.parse("yes") && B.parse(1) && !B.parse("0"));
    assertEquals(Color.DARK_BLUE, C.parse("dark_blue"));
    assertEquals(Color.DARK_BLUE, C.parse("DARK_BLUE"));
    assertEquals(Color.RED, C.parse("crimson"));
    assertEquals(IntList.of(3, 4), L.parse("3, 4"));
    assertEquals(IntList.of(3, 4), L.parse(List.of(3L, 4L)));
    assertEquals(IntList.of(3, 4), L.parse("[3,4]"));
    assertEquals(IntList.EMPTY, L.parse(""));
  }

  @Test
  void rejectsWrongTypesAndBoundsInOneLineNamingKeyAndValue() {
    assertMessage("n must be an integer, got 'x'", () -> N.parse("x"));
    assertMessage("n must be an integer, got 2.5", () -> N.parse(2.5));
    assertMessage("n must be ≥ 1, ≤ 10, got 0", () -> N.parse(0));
    assertMessage("n must be ≥ 1, ≤ 10, got 11", () -> N.parse("11"));
    assertMessage(
        "n must be an integer below 2147483647, got 3000000000", () -> N.parse(3_000_000_000L));
    assertMessage("x must be a finite number, got NaN", () -> X.parse(Double.NaN));
    assertMessage("x must be a finite number, got 'Infinity'", () -> X.parse("Infinity"));
    assertMessage("x must be > 0, < 1, got 1", () -> X.parse(1.0));
    assertMessage("b must be true or false, got 'maybe'", () -> B.parse("maybe"));
    assertMessage("unknown c 'green' (expected one of red, dark_blue)", () -> C.parse("green"));
    assertMessage("l must be a list of integers ≥ 1, got 3,0", () -> L.parse("3,0"));
  }

  @Test
  void aTableResolvesDefaultsAndRejectsUnknownKeysWithAHint() {
    Settings d = TABLE.defaults();
    assertEquals(3, d.get(N));
    assertEquals(Map.of("n", 3L, "x", 0.5, "b", false, "c", "red", "l", List.of()), d.toMap());
    Settings s = TABLE.resolve(Map.of("n", "7", "t", "a/b"));
    assertEquals(7, s.get(N));
    assertEquals("a/b", s.toMap().get("t"), "a quiet setting shows once it is set");
    assertEquals(s, TABLE.resolve(s.toMap()), "plain values round-trip");
    assertEquals(5, s.with(N, 5).get(N));
    assertThrows(UserInputException.class, () -> s.with(N, 0));
    assertMessage(
        "unknown setting 'm' for demo (did you mean n?)", () -> TABLE.resolve(Map.of("m", 1)));
    assertFalse(TABLE.markdown().isEmpty());
    assertEquals("--init-scale", SettingsTable.flag("init_scale"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SettingsTable.of("dup", N, Setting.ofInt("n", 1, "")));
    assertThrows(IllegalArgumentException.class, () -> Setting.ofInt("bad", 0, "").min(1));
  }

  @Test
  void anOptionalSettingIsNoneUntilGivenAndLeftOutOfMaps() {
    Setting<Double> lo = Setting.ofDouble("lo", 0, "a bound").withDefault(null);
    SettingsTable t = SettingsTable.of("opt", N, lo);
    Settings d = t.defaults();
    assertEquals(null, d.get(lo));
    assertEquals("", lo.defaultText());
    assertEquals(Map.of("n", 3L), d.toMap(), "no value, no entry");
    assertEquals(d, t.resolve(d.toMap()), "round-trips");
    Settings s = t.resolve(Map.of("lo", "1.5"));
    assertEquals(1.5, s.get(lo));
    assertEquals(1.5, s.toMap().get("lo"));
    assertMessage("lo must be a number, got 'x'", () -> t.resolve(Map.of("lo", "x")));
    assertTrue(t.markdown().contains("| `lo` | — |"), t.markdown());
  }

  @Test
  void layersFollowOnePrecedenceRuleAndReportConflicts() {
    Settings s =
        new SettingsLayers()
            .file("a.toml", Map.of("n", 2L, "x", 0.1))
            .file("b.toml", Map.of("n", 5L))
            .assignments(List.of("x=0.2"))
            .flags(Map.of("b", "true"))
            .resolve(TABLE);
    assertEquals(5, s.get(N), "a later file wins");
    assertEquals(0.2, s.get(X), "--set overrides files");
    assertTrue(s.get(B));
    assertMessage(
        "a.toml: n must be ≥ 1, ≤ 10, got 0",
        () ->
            new SettingsLayers()
                .file("a.toml", Map.of("n", 0L))
                .file("b", Map.of("n", 2L))
                .resolve(TABLE));
    assertMessage(
        "n is given twice with different values (--set n=2 and --n 3); give it once",
        () ->
            new SettingsLayers().assignments(List.of("n=2")).flags(Map.of("n", 3)).resolve(TABLE));
    assertMessage(
        "--set expects key=value, got 'n'",
        () -> new SettingsLayers().assignments(List.of("n")).resolve(TABLE));
  }

  @Test
  void suggestionsFindCloseNamesOnly() {
    assertEquals(
        "(did you mean als_rank?)", Suggest.hint("rank", List.of("als_rank", "tol")).trim());
    assertEquals("", Suggest.hint("zzzz", List.of("als_rank", "tol")));
    assertEquals(1, Suggest.distance("lr", "lrr"));
  }

  private static void assertMessage(String expected, Runnable r) {
    UserInputException e = assertThrows(UserInputException.class, r::run);
    assertEquals(expected, e.getMessage());
  }
}
