package dmf.cli;

import dmf.io.provenance.Provenance;
import picocli.CommandLine;

/** Prints the version and build commit for {@code dmf --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"dmf " + Provenance.version() + " (commit " + Provenance.commit() + ")"};
  }
}
