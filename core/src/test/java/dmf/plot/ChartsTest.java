package dmf.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class ChartsTest {
  @TempDir Path dir;

  static Figure figure() {
    double[] x = {1000, 2000, 3000};
    Panel a =
        new Panel(
                "error",
                "observed entries",
                "test error",
                false,
                true,
                List.of(
                    Series.of("depth-2", x, new double[] {1e-1, 1e-2, 1e-5})
                        .withSpread(
                            new double[] {5e-2, 5e-3, 1e-6},
                            new double[] {2e-1, 2e-2, 1e-4},
                            new int[] {3, 3, 3}),
                    Series.of("depth-3", x, new double[] {1e-2, 1e-6, 1e-15 /* at the floor */}),
                    Series.of("nuclear-norm", x, new double[] {2e-1, Double.NaN, 1e-5})
                        .withStyle(Series.Style.REFERENCE)))
            .withFloor(1e-8);
    Panel b =
        new Panel(
            "rank",
            "observed entries",
            "effective rank",
            true,
            false,
            List.of(Series.of("truth", x, new double[] {5, 5, 5})));
    return Figure.of("fig", List.of(a, b)).withCaption("Solver: test. 3 repeats.");
  }

  @Test
  void writesPngAt300DpiSvgAndPdfWithEverySeries() throws Exception {
    Figure f = figure();
    assertEquals(4, f.seriesCount());
    Charts.write(f, dir.resolve("fig"));
    BufferedImage img = ImageIO.read(dir.resolve("fig.png").toFile());
    assertEquals(2 * Figure.COLUMN_INCHES * Charts.DPI, img.getWidth());
    assertTrue(img.getHeight() > f.panelHeightInches() * Charts.DPI, "legend and caption below");
    assertEquals(Math.round(Charts.DPI / 0.0254), pixelsPerMetre(dir.resolve("fig.png").toFile()));
    String svg = Files.readString(dir.resolve("fig.svg"));
    assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, 100));
    String pdf =
        new String(Files.readAllBytes(dir.resolve("fig.pdf")), StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF"), pdf.substring(0, 10));
    // Text is drawn as outlines, so curves are recognized by their palette colours: one look per
    // label across the figure (four labels), and no fifth colour.
    for (int i = 0; i < Look.COLORS.length; i++) {
      Color c = Look.COLORS[i];
      String rgb = "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
      assertEquals(i < 4, svg.contains(rgb), "colour of series " + i + " in the SVG");
    }
    try (var s = Files.list(dir)) {
      assertEquals(3, s.count(), "no temp files left");
    }
  }

  static long pixelsPerMetre(File png) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(png)) {
      ImageReader r = ImageIO.getImageReaders(in).next();
      r.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      NodeList phys = root.getElementsByTagName("pHYs");
      return Long.parseLong(((IIOMetadataNode) phys.item(0)).getAttribute("pixelsPerUnitXAxis"));
    }
  }

  @Test
  void logAxesLabelWholeDecadesAndDrawValuesBelowTheFloorAtIt() {
    AxisScale y = AxisScale.of(true, false, new double[] {2e-16, 3e-3, 0.5}, 1e-8);
    assertEquals(-8.6, y.min(), 1e-12);
    assertEquals(0, y.max(), 0);
    assertEquals(-8, y.map(2e-16), 0);
    assertTrue(y.atFloor(2e-16) && !y.atFloor(3e-3));
    assertEquals(2, y.labelStep(), "8.6 decades: every second one");
    assertEquals("10⁻⁴", y.labels().apply(-4.0));
    assertEquals(" ", y.labels().apply(-3.5));
    AxisScale x = AxisScale.of(true, true, new double[] {1e-6, 1e-3}, Double.NaN);
    assertEquals(-6.25, x.min(), 1e-12);
    assertEquals(1, x.labelStep());
    AxisScale iterations = AxisScale.of(false, false, new double[] {0, 40_000}, Double.NaN);
    assertEquals(1000, iterations.unit());
    assertEquals("iteration (×10³)", iterations.title("iteration"));
    assertEquals("20", iterations.labels().apply(20_000.0));
    assertEquals(10, iterations.linearStep(), "0 to 42 (×10³) in steps of 10");
    assertEquals(" ", iterations.labels().apply(15_000.0));
    assertEquals("2.5×10⁻⁴", AxisScale.scientific(2.5e-4));
    assertEquals("10⁻⁸", Charts.scientific(1e-8));
  }

  /**
   * Labels use a physical font family where one is installed (a logical one makes VectorGraphics2D
   * search every installed font for each string), and that family draws every non-ASCII character
   * that a string literal of the figure-making packages holds.
   */
  @Test
  void theLabelFontIsPhysicalAndDrawsEveryCharacterTheFiguresUse() throws Exception {
    Font f = new Font(Charts.FAMILY, Font.PLAIN, 10);
    assertEquals(-1, f.canDisplayUpTo(Charts.SYMBOLS), Charts.FAMILY);
    List<String> installed =
        Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    if (installed.contains("DejaVu Sans")) {
      assertEquals("DejaVu Sans", Charts.FAMILY);
    }
    Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    StringBuilder missing = new StringBuilder();
    for (String pkg : List.of("paper", "plot", "theory")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/dmf", pkg))) {
        for (Path p : files.filter(q -> q.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(p));
          while (m.find()) {
            m.group()
                .codePoints()
                .filter(c -> c > 127 && Charts.SYMBOLS.indexOf(c) < 0)
                .forEach(
                    c ->
                        missing
                            .append(p.getFileName())
                            .append(": ")
                            .appendCodePoint(c)
                            .append('\n'));
          }
        }
      }
    }
    assertEquals("", missing.toString(), "characters missing from Charts.SYMBOLS");
  }
}
