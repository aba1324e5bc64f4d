package dmf.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.plot.Figure;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reproduction on stored runs of its real sweep (synthetic numbers): verdicts and figures do
 * not depend on the order runs were stored in or finished, and full-mode reports state medians,
 * spread, margins and the runs section.
 */
class ReproductionsTest {
  @TempDir static Path data;

  static Path ratings;

  @BeforeAll
  static void ratingsFile() throws IOException {
    ratings = data.resolve("u.data");
    StringBuilder sb = new StringBuilder();
    for (int u = 1; u <= 20; u++) {
      for (int i = 1; i <= 30; i += 3) {
        sb.append(u).append('\t').append(i).append('\t').append(1 + (u * i) % 5).append("\t0\n");
      }
    }
    Files.writeString(ratings, sb);
  }

  static Stream<String> names() {
    return Stream.of(
        "fig1",
        "fig2",
        "sensing",
        "init-sweep",
        "fig3",
        "gunasekar-fig1",
        "gunasekar-fig2",
        "gunasekar-fig4");
  }

  static Reproduction rep(String name) {
    return Reproductions.find(name, ratings);
  }

  @ParameterizedTest
  @MethodSource("names")
  void verdictsAndFiguresDoNotDependOnTheOrderOfStoredRuns(String name) {
    Reproduction rep = rep(name);
    for (boolean quick : new boolean[] {true, false}) {
      SyntheticRuns s = new SyntheticRuns(rep.sweep(quick).expand());
      List<Claim> claims = rep.claims(s.runs(), s::metrics);
      assertFalse(claims.isEmpty(), name);
      for (long seed = 1; seed <= 3; seed++) {
        assertEquals(claims, rep.claims(s.shuffled(seed), s::metrics), name + " seed " + seed);
        assertEquals(
            rep.figures(s.runs(), s::metrics),
            rep.figures(s.shuffled(seed), s::metrics),
            name + " figures, seed " + seed);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void fullReportsStateMediansSpreadMarginsAndRuns(String name) {
    Reproduction rep = rep(name);
    SyntheticRuns s = new SyntheticRuns(rep.sweep(false).expand());
    ReportWriter.Report r = ReportWriter.report(rep, false, data, 0, s.runs(), s::metrics);
    String md = r.markdown();
    assertTrue(md.contains("## Runs"), md);
    assertTrue(md.contains("| max_iters |") && md.contains("| failed |"), md);
    assertTrue(md.contains("_Margin: "), md);
    assertFalse(md.contains("±"), md);
    boolean repeats = rep.sweep(false).repeats() > 1;
    assertEquals(repeats, md.contains("verdicts compare **medians**"), md);
    if (repeats) {
      assertTrue(md.contains("(median of "), md);
    }
    for (Claim c : r.claims()) {
      assertTrue(
          c.verdict() == Verdict.HOLDS || c.verdict() == Verdict.INCONCLUSIVE,
          name + ": " + c.line());
    }
    for (Figure f : r.figures().values()) {
      assertTrue(f.caption().length() > 20, f.caption());
    }
  }

  /**
   * Drawing, at print size: sensing (whose sweep is too slow to run in tests), Figure 3 (dense
   * lines, bands) and the histogram (bars); the synthetic Figure 3 only.
   */
  @ParameterizedTest
  @ValueSource(strings = {"sensing", "fig3", "gunasekar-fig4"})
  void drawsFiguresAsPrintPngSvgAndPdf(String name, @TempDir Path dir) throws IOException {
    Reproduction rep = Reproductions.find(name, null);
    SyntheticRuns s = new SyntheticRuns(rep.sweep(true).expand());
    ReproductionResult r = ReportWriter.write(rep, true, dir, 0, s.runs(), s::metrics);
    assertTrue(Files.readString(r.report()).contains("## Figures and numbers"));
    assertFalse(r.figures().isEmpty());
    for (Path f : r.figures()) {
      assertTrue(Files.size(f) > 1000, f.toString());
      if (f.toString().endsWith(".png")) {
        BufferedImage img = ImageIO.read(f.toFile());
        assertTrue(img.getWidth() == 1050 || img.getWidth() == 2100, f + ": " + img.getWidth());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void quickReportsSayWhenVerdictsRestOnASingleSeed(String name) {
    Reproduction rep = rep(name);
    SyntheticRuns s = new SyntheticRuns(rep.sweep(true).expand());
    assertEquals(
        rep.sweep(true).repeats() == 1,
        ReportWriter.basis(s.runs()).contains("every verdict rests on a single seed"),
        name);
  }
}
