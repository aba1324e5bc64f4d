package dmf.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import org.junit.jupiter.api.Test;

class PrecisionTest {
  @Test
  void parsesEveryAliasIgnoringCaseAndSpace() {
    for (String s : new String[] {"float64", "f64", "double", " Float64 ", "DOUBLE"}) {
      assertSame(Precision.FLOAT64, Precision.parse(s), s);
    }
    for (String s : new String[] {"float32", "f32", "float", "\tF32\n"}) {
      assertSame(Precision.FLOAT32, Precision.parse(s), s);
    }
  }

  @Test
  void rejectsAnUnknownNameWithAOneLineMessageNamingIt() {
    UserInputException e = assertThrows(UserInputException.class, () -> Precision.parse("half"));
    assertTrue(e.getMessage().contains("'half'"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
    assertThrows(UserInputException.class, () -> Precision.parse(""));
  }

  @Test
  void labelsRoundTripAndOpsMatch() {
    for (Precision p : Precision.values()) {
      assertSame(p, Precision.parse(p.label()));
      assertSame(p, p.ops().precision());
    }
    assertEquals("float64", Precision.FLOAT64.label());
    assertSame(Ops64.INSTANCE, Precision.FLOAT64.ops());
    assertSame(Ops32.INSTANCE, Precision.FLOAT32.ops());
  }
}
