package dmf.baseline;

import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.PsdGenerators;
import java.util.List;
import java.util.Map;

/** The solver contract for trace minimization over the PSD cone, on PSD sensing and completion. */
class NuclearNormPsdContractTest extends NuclearNormContractTest {
  @Override
  protected Map<String, Object> quick() {
    return Map.of("psd", true, "max_iters", 3000L);
  }

  @Override
  protected List<Problem> problems() {
    return List.of(
        PsdGenerators.symmetricGaussianSensing(PsdGenerators.plantedLowRank(5, 1, 5), 15, 5),
        Generators.completion(Generators.lowRankTruth(6, 6, 1, true, 6), 24, 6));
  }
}
