package dmf.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths, text lists, assignments and required settings: how they parse, show and resolve. */
class SettingKindsTest {
  static final Setting<Path> OUT = Setting.ofPath("out", "a folder");
  static final Setting<List<String>> REUSE = Setting.ofTextList("reuse", "folders");
  static final Setting<Map<String, String>> CONF = Setting.ofAssignments("conf", "settings");
  static final Setting<String> NAME = Setting.ofText("name", null, "a name").required();
  static final SettingsTable TABLE = SettingsTable.of("t", NAME, OUT, REUSE, CONF);

  @Test
  void defaultsAreNoneAndEmpty() {
    Settings s = TABLE.resolve(Map.of("name", "x"));
    assertNull(s.get(OUT));
    assertEquals(List.of(), s.get(REUSE));
    assertEquals(Map.of(), s.get(CONF));
    assertEquals("", OUT.defaultText());
    assertTrue(NAME.isRequired());
  }

  @Test
  void valuesParseFromFlagsTomlAndText() {
    Settings s =
        TABLE.resolve(
            Map.of(
                "name",
                "x",
                "out",
                "a b/c",
                "reuse",
                List.of("r1", " r2 "),
                "conf",
                List.of("spark.a=1", "spark.b = two=2")));
    assertEquals(Path.of("a b/c"), s.get(OUT));
    assertEquals(List.of("r1", "r2"), s.get(REUSE));
    assertEquals(Map.of("spark.a", "1", "spark.b", "two=2"), s.get(CONF));
    assertEquals(List.of("p", "q"), REUSE.parse("p, q"));
    assertEquals(Map.of("k", "v"), CONF.parse(Map.of("k", "v")));
    assertEquals("spark.a=1,spark.b=two=2", Values.display(s.get(CONF)));
  }

  @Test
  void badValuesAndMissingRequiredOnesAreOneLine() {
    UserInputException ex =
        assertThrows(UserInputException.class, () -> TABLE.resolve(Map.of("out", "y")));
    assertEquals("t needs name", ex.getMessage());
    ex = assertThrows(UserInputException.class, () -> OUT.parse("a\0b"));
    assertTrue(ex.getMessage().startsWith("out must be a file or folder path"), ex.getMessage());
    ex = assertThrows(UserInputException.class, () -> CONF.parse(List.of("novalue")));
    assertEquals("conf must be KEY=VALUE, got 'novalue'", ex.getMessage());
    assertThrows(UserInputException.class, () -> CONF.parse("=v"));
  }

  @Test
  void aRequiredSettingKeepsItsBoundsAndAnOptionalOneLosesTheDefault() {
    Setting<Integer> n = Setting.ofInt("n", 3, "count").min(1).required();
    assertThrows(UserInputException.class, () -> n.parse(0));
    assertEquals(5, n.parse("5"));
    Setting<Integer> opt = Setting.ofInt("n", 3, "count").withDefault(null);
    assertNull(SettingsTable.of("u", opt).defaults().get(opt));
  }
}
