package dmf.bench;

import dmf.deep.TrainingConfig;
import java.util.Map;

/** Training settings of the benchmarks: the protocol defaults with a few keys changed. */
final class Configs {
  private Configs() {}

  /**
   * @param changes keys of {@link TrainingConfig#toMap} and their values
   * @return the defaults with those keys changed, metrics logged once (not in the timed loop)
   */
  static TrainingConfig with(Map<String, Object> changes) {
    Map<String, Object> m = TrainingConfig.defaults().toMap();
    m.put("log_every", 1_000_000_000L);
    m.putAll(changes);
    return TrainingConfig.fromMap(m);
  }
}
