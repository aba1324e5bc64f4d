package dmf.paper;

import java.nio.file.Path;
import java.util.List;

/**
 * The reproductions of one paper, found by {@link Reproductions} through {@link
 * java.util.ServiceLoader} (each paper's package registers its family in {@code
 * META-INF/services}), so this package need not know the papers' packages.
 */
public interface ReproductionFamily {
  /**
   * @param ratings a MovieLens u.data (or ratings CSV) for the figures that use real data, or null
   * @return the reproductions, in the order they are listed
   */
  List<Reproduction> reproductions(Path ratings);
}
