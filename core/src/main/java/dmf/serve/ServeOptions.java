package dmf.serve;

import dmf.base.UserInputException;
import dmf.settings.Setting;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to serve.
 *
 * @param folders the results folders to serve (sweeps, reproductions, run folders, or folders that
 *     hold them); the playground writes under the first
 * @param host the address to listen on ({@code 127.0.0.1}: this machine only)
 * @param port the port; 0 picks a free one
 * @param readOnly refuse every state-changing request and turn the playground off
 * @param poll how often the folders are looked at for changes
 */
public record ServeOptions(
    List<Path> folders, String host, int port, boolean readOnly, Duration poll) {

  /** The default address: this machine only. */
  public static final String LOCALHOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8080;

  /** The default polling interval. */
  public static final Duration DEFAULT_POLL = Duration.ofMillis(250);

  /** The folders. */
  public static final Setting<List<String>> DIRS =
      Setting.ofTextList(
          "dirs",
          "results folders to serve (default: results, created if missing unless --read-only)");

  /** The port. */
  public static final Setting<Integer> PORT =
      Setting.ofInt("port", DEFAULT_PORT, "port (0 picks a free one)").min(0).max(65535);

  /** The address. */
  public static final Setting<String> HOST =
      Setting.ofText("host", LOCALHOST, "address to listen on (127.0.0.1: this machine only)");

  /** No state changes. */
  public static final Setting<Boolean> READ_ONLY =
      Setting.ofBoolean("read_only", false, "no playground and no other state changes");

  /** How {@code dmf serve} serves: the one place of these settings' defaults. */
  public static final SettingsTable TABLE = SettingsTable.of("serve", DIRS, PORT, HOST, READ_ONLY);

  /**
   * Copies the list and checks the port against the bounds of {@link #PORT}.
   *
   * @throws UserInputException for a port outside 0…65535
   */
  public ServeOptions {
    folders = List.copyOf(folders);
    PORT.parse(port);
  }

  /**
   * @param folders the folders to serve
   * @return options with the defaults: 127.0.0.1, port 8080, playground on, polling every 250 ms
   */
  public static ServeOptions of(List<Path> folders) {
    return new ServeOptions(folders, LOCALHOST, DEFAULT_PORT, false, DEFAULT_POLL);
  }

  /**
   * @param newPort the port (0: any free one)
   * @return a copy with that port
   */
  public ServeOptions withPort(int newPort) {
    return new ServeOptions(folders, host, newPort, readOnly, poll);
  }

  /**
   * @param newHost the address to listen on
   * @return a copy with that address
   */
  public ServeOptions withHost(String newHost) {
    return new ServeOptions(folders, newHost, port, readOnly, poll);
  }

  /**
   * @param ro whether to refuse state changes
   * @return a copy with that choice
   */
  public ServeOptions withReadOnly(boolean ro) {
    return new ServeOptions(folders, host, port, ro, poll);
  }
}
