package dmf.cli;

import dmf.io.ConfigFiles;
import dmf.settings.SettingsLayers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE} and {@code --set key=value} options, layered under the flags of the
 * command's settings table ({@link TableCommand}).
 */
final class SettingsSources {
  @Option(names = "--config", descriptionKey = "sources.config")
  List<Path> configs = new ArrayList<>();

  @Option(names = "--set", descriptionKey = "sources.set")
  List<String> sets = new ArrayList<>();

  /**
   * @return the layers: config files, then --set (flags go on top)
   */
  SettingsLayers layers() {
    SettingsLayers layers = new SettingsLayers();
    configs.forEach(f -> layers.file(f.toString(), ConfigFiles.readToml(f)));
    return layers.assignments(sets);
  }
}
