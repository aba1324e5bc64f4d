package dmf.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  @TempDir Path dir;

  @Test
  void writesPngAndSvgWithEverySeries() throws Exception {
    double[] x = {1000, 2000, 3000};
    Panel a =
        new Panel(
            "error",
            "observed entries",
            "test error",
            false,
            true,
            List.of(
                new Series(
                    "depth-2",
                    x,
                    new double[] {1e-1, 1e-2, 1e-5},
                    new double[] {1e-2, 1e-3, 0},
                    null),
                new Series(
                    "depth-3",
                    x,
                    new double[] {1e-2, 1e-6, 0 /* dropped on log axis */},
                    null,
                    null),
                new Series(
                    "nuclear-norm", x, new double[] {2e-1, Double.NaN, 1e-5}, null, "dashed")));
    Panel b =
        new Panel(
            "rank",
            "observed entries",
            "effective rank",
            true,
            false,
            List.of(Series.of("truth", x, new double[] {5, 5, 5})));
    Figure f = Figure.of("fig", List.of(a, b));
    assertEquals(4, f.seriesCount());
    Charts.write(f, dir.resolve("fig"));
    BufferedImage img = ImageIO.read(dir.resolve("fig.png").toFile());
    assertEquals(2 * 520, img.getWidth());
    assertEquals(400, img.getHeight());
    String svg = Files.readString(dir.resolve("fig.svg"));
    assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, 100));
    // XChart draws text as outlines, so series are recognized by their palette colours: the
    // first panel has three series, the second one, so exactly the first three colours appear.
    for (int i = 0; i < Charts.COLORS.length; i++) {
      java.awt.Color c = Charts.COLORS[i];
      String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
      assertEquals(i < 3, svg.contains(rgb), "colour of series " + i + " in the SVG");
    }
    try (var s = Files.list(dir)) {
      assertEquals(2, s.count(), "no temp files left");
    }
  }
}
