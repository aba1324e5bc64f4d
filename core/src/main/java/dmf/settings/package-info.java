/**
 * Typed settings with one source of truth: a {@link dmf.settings.Setting} is a name, a type, a
 * default, bounds and a description; a {@link dmf.settings.SettingsTable} lists the settings of one
 * solver or problem; {@link dmf.settings.Settings} holds resolved, validated values; and {@link
 * dmf.settings.SettingsLayers} merges config files, {@code --set} overrides and flags under one
 * documented precedence rule. Command-line flags, TOML files, sweep specs and the Java API all
 * resolve through the same tables, so each default and each bound is written once.
 *
 * <p>May import: base.
 */
package dmf.settings;
