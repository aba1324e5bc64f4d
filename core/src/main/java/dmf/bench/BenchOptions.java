package dmf.bench;

import dmf.base.UserInputException;
import dmf.linalg.Precision;
import dmf.settings.Setting;
import dmf.settings.Settings;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Benchmark} measures.
 *
 * @param precisions the precisions to time
 * @param peers the folder holding dmf_torch.py (the PyTorch reference)
 * @param torch whether to time the PyTorch reference when it is available
 * @param timeToSolution whether to run the time-to-solution comparison
 * @param large whether to time the 943×1682 case
 */
public record BenchOptions(
    List<Precision> precisions, Path peers, boolean torch, boolean timeToSolution, boolean large) {

  /** Copies the list. */
  public BenchOptions {
    precisions = List.copyOf(precisions);
  }

  /** The precisions to time. */
  public static final Setting<String> PRECISION =
      Setting.ofText("precision", "both", "float64, float32 or both");

  /** The settings of the benchmark: the one place of their defaults and bounds. */
  public static final SettingsTable TABLE = SettingsTable.of("bench", PRECISION, TorchPeer.PEERS);

  /** Skip the PyTorch reference. */
  public static final Setting<Boolean> NO_TORCH =
      Setting.ofBoolean("no_torch", false, "skip the PyTorch reference");

  /** Skip the time-to-solution runs. */
  public static final Setting<Boolean> NO_TTS =
      Setting.ofBoolean("no_tts", false, "skip the time-to-solution runs");

  /** Skip the large case. */
  public static final Setting<Boolean> NO_LARGE =
      Setting.ofBoolean("no_large", false, "skip the 943x1682 case");

  /** Where bench.json goes. */
  public static final Setting<Path> OUT =
      Setting.ofPath("out", "also write bench.json into this folder");

  /** What {@code dmf bench} runs and writes besides {@link #TABLE}. */
  public static final SettingsTable OPTIONS =
      SettingsTable.of("bench options", NO_TORCH, NO_TTS, NO_LARGE, OUT);

  /**
   * @param s settings of {@link #TABLE}
   * @param o settings of {@link #OPTIONS}
   * @return the options
   */
  public static BenchOptions of(Settings s, Settings o) {
    return of(s, !o.get(NO_TORCH), !o.get(NO_TTS), !o.get(NO_LARGE));
  }

  /**
   * @param s settings of {@link #TABLE}
   * @param torch whether to time the PyTorch reference when it is available
   * @param timeToSolution whether to run the time-to-solution comparison
   * @param large whether to time the 943×1682 case
   * @return the options
   * @throws UserInputException for a precision that is neither float64, float32 nor both
   */
  public static BenchOptions of(Settings s, boolean torch, boolean timeToSolution, boolean large) {
    String p = s.get(PRECISION);
    return new BenchOptions(
        p.equalsIgnoreCase("both")
            ? List.of(Precision.FLOAT64, Precision.FLOAT32)
            : List.of(Precision.parse(p)),
        Path.of(s.get(TorchPeer.PEERS)),
        torch,
        timeToSolution,
        large);
  }
}
