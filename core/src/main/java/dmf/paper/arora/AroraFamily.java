package dmf.paper.arora;

import dmf.paper.Reproduction;
import dmf.paper.ReproductionFamily;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Arora et al. (2019) reproductions: fig1, fig2, sensing, init-sweep and fig3. */
public final class AroraFamily implements ReproductionFamily {
  /** For {@link java.util.ServiceLoader}. */
  public AroraFamily() {}

  @Override
  public List<Reproduction> reproductions(Path ratings) {
    List<Reproduction> out = new ArrayList<>(CompletionFigures.all());
    out.add(new InitSweepFigure());
    out.add(new DynamicsFigure(ratings == null ? null : ratings.toString()));
    return out;
  }
}
