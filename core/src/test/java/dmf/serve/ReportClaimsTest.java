package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.paper.Claim;
import dmf.paper.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The home page reads the claims back from the Markdown the report writer produces. */
class ReportClaimsTest {
  @Test
  void readsBackEveryClaimTheReportWriterWrites() {
    List<Claim> written =
        List.of(
            new Claim("depth 3 beats depth 2 (rank 5)", Verdict.HOLDS, "1e-5 vs 4e-2", "10×", ""),
            new Claim("a gap: widens", Verdict.INCONCLUSIVE, "", "", "neither reaches 1e-3"),
            new Claim("rivals", Verdict.NOT_MEASURED, "", "", "no run"),
            new Claim("sharper", Verdict.FAILS, "0.9 vs 0.95", "≤ 0.8×", ""));
    List<String> lines = new ArrayList<>(List.of("# r", "", "## Claims", ""));
    written.forEach(c -> lines.add(c.markdown()));
    lines.add("## Runs");
    lines.add("- not a claim: **holds**. 1");
    assertEquals(written, ReportClaims.parse(lines));
  }
}
