package dmf.cli;

import dmf.io.ConfigFiles;
import dmf.settings.Settings;
import dmf.settings.SettingsLayers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --config FILE} and {@code --set key=value} options, layered under the flags of the
 * command's settings table ({@link TableOptions}).
 */
final class SettingsSources {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

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

  /**
   * @return key → raw text of each flag of the command's table that was given
   */
  Map<String, Object> flags() {
    return TableOptions.given(spec);
  }

  /**
   * @return the command's table resolved from config files, --set and its flags
   */
  Settings resolve() {
    return layers().flags(flags()).resolve(TableOptions.table(spec));
  }
}
