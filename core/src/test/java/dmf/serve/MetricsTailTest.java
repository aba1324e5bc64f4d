package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTailTest {
  @TempDir Path dir;

  void append(Path f, String s) throws Exception {
    Files.writeString(f, s, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static List<Double> iterations(MetricsChunk c) {
    return c.rows().stream().map(r -> r[0]).toList();
  }

  @Test
  void readsWholeLinesOnlyAsTheFileGrows() throws Exception {
    Path f = dir.resolve("metrics.csv");
    MetricsTail t = new MetricsTail(f);
    assertNull(t.poll(), "no file yet");
    append(f, "iteration,seconds,train_");
    assertNull(t.poll(), "no whole header yet");
    append(f, "loss,sv_1\n0,0.1,1.5,nan\n10,0.2,");
    MetricsChunk c = t.poll();
    assertEquals(List.of("iteration", "seconds", "train_loss", "sv_1"), c.columns());
    assertEquals(List.of(0.0), iterations(c));
    assertTrue(Double.isNaN(c.rows().get(0)[3]), "nan reads as NaN");
    assertTrue(t.poll().isEmpty(), "the half line waits");
    append(f, "0.5,inf\n20,0.3,0.25\n");
    c = t.poll();
    assertEquals(List.of(10.0, 20.0), iterations(c));
    assertTrue(Double.isNaN(c.rows().get(0)[3]), "inf is not a chart value");
    assertTrue(Double.isNaN(c.rows().get(1)[3]), "a short row is filled with NaN");
    assertFalse(t.replaced());
  }

  @Test
  void skipsToTheEndAndNoticesAReplacedFile() throws Exception {
    Path f = dir.resolve("metrics.csv");
    append(f, "iteration,x\n0,1\n1,2\n2,");
    MetricsTail t = new MetricsTail(f).skipToEnd();
    append(f, "3\n3,4\n");
    assertEquals(List.of(2.0, 3.0), iterations(t.poll()), "from the line being written on");
    Path other = dir.resolve("new.csv");
    Files.writeString(other, "iteration,x\n0,9\n");
    Files.move(other, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertTrue(t.replaced(), "an atomic rewrite is a new file");
    assertEquals(List.of(0.0), iterations(t.poll()), "read again from the start");
    assertEquals(List.of(0.0), iterations(MetricsTail.readAll(f)));
  }

  @Test
  void keepsTheRowsAfterAnIteration() {
    MetricsChunk c =
        new MetricsChunk(
            List.of("seconds", "iteration"), List.of(new double[] {0, 0}, new double[] {1, 10}));
    assertEquals(1, c.after(0).rows().size());
    assertEquals("{\"columns\":[\"seconds\",\"iteration\"],\"data\":[[0,1],[0,10]]}", c.toJson());
    assertEquals(
        "{\"columns\":[\"x\"],\"data\":[[null,0.5,1.0E-40]]}",
        new MetricsChunk(
                List.of("x"),
                List.of(new double[] {Double.NaN}, new double[] {0.5}, new double[] {1e-40}))
            .toJson(),
        "non-finite values are null; tiny ones keep their digits");
  }
}
