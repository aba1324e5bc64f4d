package dmf.paper.gunasekar;

import dmf.paper.Reproduction;
import dmf.paper.ReproductionFamily;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Gunasekar et al. (2017) reproductions: gunasekar-fig1, gunasekar-fig2, gunasekar-fig4. */
public final class GunasekarFamily implements ReproductionFamily {
  /** For {@link java.util.ServiceLoader}. */
  public GunasekarFamily() {}

  @Override
  public List<Reproduction> reproductions(Path ratings) {
    List<Reproduction> out = new ArrayList<>(GunasekarFigures.all());
    out.add(new GunasekarHistogram());
    return out;
  }
}
