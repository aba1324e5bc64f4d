package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void fourDigitsFormatsLikePercentPoint4g() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      double d = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -12 + 24 * rnd.nextDouble());
      assertEquals(String.format(Locale.ROOT, "%.4g", d), Html.fourDigits(d), "for " + d);
    }
    for (double d :
        List.of(
            9.9995, 9.99949, 0.00099995, 1e-4, 9999.5, 1234.5, 0.6820, 1e300, -2.5e-300, 1e-5)) {
      assertEquals(String.format(Locale.ROOT, "%.4g", d), Html.fourDigits(d), "for " + d);
    }
  }

  @Test
  void cellsKeepIntegersWholeAndEscapeText() {
    assertEquals("2157052086845381814", Html.cell(2157052086845381814L));
    assertEquals("3", Html.cell(3.0));
    assertEquals("[1, 0.5000]", Html.cell(List.of(1, 0.5)));
    assertEquals("&lt;b a=&quot;x&quot;&gt;&amp;&#39;", Html.esc("<b a=\"x\">&'"));
    assertEquals("2m17s", Html.duration(137));
    assertEquals("/files/0/a%20b/c%26d", Html.fileUrl("0/a b/c&d"));
  }
}
