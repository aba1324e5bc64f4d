package dmf.plot;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dmf.io.AtomicFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.knowm.xchart.XYChart;

/**
 * Renders {@link Figure}s with XChart: PNG at {@value #DPI} dpi (the resolution recorded in the
 * file), and SVG and PDF as vectors (VectorGraphics2D), each written atomically. Figures are laid
 * out in points at their printed size, so the text is 7–8 pt when printed at that size.
 */
public final class Charts {
  /** PNG resolution in dots per inch. */
  public static final int DPI = 300;

  /** Drawing units per point: XChart lays out in integer units, so two per point. */
  static final float UNITS_PER_POINT = 2f;

  /**
   * The physical sans-serif families to prefer, in order; the logical "SansSerif" is the last
   * resort.
   */
  private static final List<String> PREFERRED = List.of("DejaVu Sans", "Liberation Sans", "Arial");

  /**
   * Characters the figures' labels use beyond ASCII (the last is a combining macron, as in η̄); a
   * family must draw them all to be chosen.
   */
  static final String SYMBOLS = "‖≤≥σᵀ−·ηαΔΣλΛΩ×∞—–ε⟩⟨ℓ∈∇√∝→…▼½Ū₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹⁻\u0304";

  /**
   * The font family of every label. A physical family, not the logical "SansSerif": for each piece
   * of text in a logical font, VectorGraphics2D lays the text out in every installed font to find
   * the physical one behind it, which made the PDFs 80% of a reproduction's drawing time. On Debian
   * "SansSerif" is DejaVu Sans, so the glyphs are the same.
   */
  static final String FAMILY = family();

  private Charts() {}

  /**
   * @param v a positive number
   * @return it as tick labels write it: 10ⁿ for a power of ten, else m×10ⁿ
   */
  public static String scientific(double v) {
    return AxisScale.scientific(v);
  }

  private static String family() {
    List<String> installed =
        Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    for (String f : PREFERRED) {
      if (installed.contains(f) && new Font(f, Font.PLAIN, 10).canDisplayUpTo(SYMBOLS) < 0) {
        return f;
      }
    }
    return Font.SANS_SERIF;
  }

  static Font font(int style, float points) {
    return new Font(FAMILY, style, 1).deriveFont(style, points * UNITS_PER_POINT);
  }

  /**
   * Writes {@code <path>.png}, {@code <path>.svg} and {@code <path>.pdf}.
   *
   * @param fig the figure
   * @param pathWithoutExtension target path without extension
   */
  public static void write(Figure fig, Path pathWithoutExtension) {
    String base = pathWithoutExtension.getFileName().toString();
    Path dir = pathWithoutExtension.toAbsolutePath().getParent();
    FigureCanvas canvas = new FigureCanvas(fig);
    AtomicFiles.write(dir.resolve(base + ".png"), out -> png(image(canvas), out));
    AtomicFiles.write(
        dir.resolve(base + ".svg"), out -> vector(canvas, new SVGProcessor()).writeTo(out));
    AtomicFiles.write(
        dir.resolve(base + ".pdf"), out -> vector(canvas, new PDFProcessor(true)).writeTo(out));
  }

  /**
   * @param fig the figure
   * @return the figure as an image at {@value #DPI} dpi
   */
  public static BufferedImage image(Figure fig) {
    return image(new FigureCanvas(fig));
  }

  /**
   * @param fig the figure
   * @return one XChart per panel, in drawing units
   */
  static List<XYChart> charts(Figure fig) {
    return new FigureCanvas(fig).charts();
  }

  private static BufferedImage image(FigureCanvas canvas) {
    double scale = DPI / (72.0 * UNITS_PER_POINT);
    BufferedImage img =
        new BufferedImage(
            (int) Math.ceil(canvas.width() * scale),
            (int) Math.ceil(canvas.height() * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.scale(scale, scale);
    canvas.paint(g);
    g.dispose();
    return img;
  }

  /** Scales drawing units to points, so the page is the printed size. */
  private static Document vector(
      FigureCanvas canvas, de.erichseifert.vectorgraphics2d.Processor p) {
    VectorGraphics2D g = new VectorGraphics2D();
    g.scale(1 / UNITS_PER_POINT, 1 / UNITS_PER_POINT);
    canvas.paint(g);
    return p.getDocument(
        g.getCommands(),
        new PageSize(0, 0, canvas.width() / UNITS_PER_POINT, canvas.height() / UNITS_PER_POINT));
  }

  /** Writes a PNG whose pHYs chunk records {@value #DPI} dpi. */
  private static void png(BufferedImage img, OutputStream out) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
    ImageWriteParam param = w.getDefaultWriteParam();
    IIOMetadata meta =
        w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
    String dotsPerMetre = Integer.toString((int) Math.round(DPI / 0.0254));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
    phys.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    meta.mergeTree("javax_imageio_png_1.0", root);
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.write(null, new IIOImage(img, null, meta), param);
    } finally {
      w.dispose();
    }
  }
}
