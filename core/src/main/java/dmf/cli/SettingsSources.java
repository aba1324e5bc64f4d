package dmf.cli;

import dmf.io.ConfigFiles;
import dmf.settings.SettingsLayers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config FILE} and {@code --set key=value} options, layered under flags. */
final class SettingsSources {
  @Option(names = "--config", description = "TOML settings file (repeatable; later files win)")
  List<Path> configs = new ArrayList<>();

  @Option(names = "--set", description = "one setting key=value (repeatable)")
  List<String> sets = new ArrayList<>();

  /**
   * @param flags key → value of each setting flag that was given
   * @return the layers: config files, then --set, then flags
   */
  SettingsLayers layers(Map<String, ?> flags) {
    SettingsLayers layers = new SettingsLayers();
    for (Path f : configs) {
      layers.file(f.toString(), ConfigFiles.readToml(f));
    }
    return layers.assignments(sets).flags(flags);
  }
}
