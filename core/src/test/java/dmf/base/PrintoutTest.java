package dmf.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintoutTest {
  @Test
  void aPrintoutOfWorkDoneHasNoErrorsAndExitsZeroAndKeepsItsOwnLines() {
    List<String> out = new ArrayList<>(List.of("a", "b"));
    Printout p = Printout.of(out);
    out.add("c");
    assertEquals(new Printout(List.of("a", "b"), List.of(), 0), p);
    assertThrows(UnsupportedOperationException.class, () -> p.out().add("d"));
  }
}
