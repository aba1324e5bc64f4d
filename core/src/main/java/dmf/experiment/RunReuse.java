package dmf.experiment;

import dmf.base.UserInputException;
import dmf.io.AtomicFiles;
import dmf.io.ConfigFiles;
import dmf.io.Json;
import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.settings.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Adopts finished runs of other sweep folders instead of training them again. Two sweeps often
 * share cells: {@code fig2 --full} holds every depth-2, depth-3 and nuclear-norm run of {@code fig1
 * --full}, with the same settings apart from the sweep's name, so the same seeds and the same bits.
 * A run is adopted when a source folder's database holds a completed run whose settings equal it
 * except for {@code sweep}; its folder is copied in whole (the summary last, then one atomic
 * rename), its config.toml names this sweep, and its provenance.json keeps the original run's
 * record with {@code reused_from} (the source run folder) added. The database then imports it as a
 * run of this sweep, like any finished run it missed.
 */
public final class RunReuse {
  /** The provenance key that names the folder an adopted run was copied from. */
  public static final String REUSED_FROM = "reused_from";

  private RunReuse() {}

  /**
   * The folders to adopt finished runs from, as {@code dmf sweep} and {@code reproduce} take them.
   */
  public static final Setting<List<String>> FROM =
      Setting.ofTextList(
          "reuse",
          "a sweep folder whose finished runs are adopted when their settings match apart from the"
              + " sweep's name, instead of running them again (e.g. fig1 --full's folder for fig2"
              + " --full); repeatable");

  /**
   * Copies into {@code out} every run of the list that has no folder there yet and that a source
   * folder finished with the same settings (apart from the sweep's name).
   *
   * @param out the sweep folder being filled
   * @param runs the expanded sweep (Input, not modified)
   * @param sources sweep folders to take finished runs from (each holding results.db)
   * @return the number of runs adopted
   * @throws UserInputException when a source has no results database
   */
  public static int adopt(Path out, List<RunSpec> runs, List<Path> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    Map<String, Path> finished = new HashMap<>();
    for (Path source : sources) {
      Path db = source.resolve(ResultsDb.FILE_NAME);
      if (!Files.isRegularFile(db)) {
        throw new UserInputException(
            source + ": no " + ResultsDb.FILE_NAME + " to reuse runs from");
      }
      try (ResultsDb d = ResultsDb.openReadOnly(db)) {
        for (RunRow r : d.runs()) {
          Path folder = RunFolder.inSweep(source, r.runId());
          if (r.isCompleted() && RunFolder.isComplete(folder)) {
            finished.putIfAbsent(key(r.settings()), folder);
          }
        }
      }
    }
    int adopted = 0;
    for (RunSpec r : runs) {
      Path target = RunFolder.inSweep(out, r.id());
      Path from = finished.get(key(r.settings()));
      if (from != null && !Files.exists(target) && copy(from, target, r.settings())) {
        adopted++;
      }
    }
    return adopted;
  }

  /** The identity of a run's work: its settings without the sweep's name. */
  static String key(Map<String, Object> settings) {
    Map<String, Object> s = new LinkedHashMap<>(settings);
    s.remove("sweep");
    return RunSpec.idOf(s);
  }

  /**
   * Copies a finished run folder in; false when another process put the run there first (each
   * process copies into a temporary folder of its own, and only one rename can win).
   */
  private static boolean copy(Path from, Path target, Map<String, Object> settings) {
    Path tmp =
        target.resolveSibling(target.getFileName() + ".adopting-" + ProcessHandle.current().pid());
    try {
      deleteTree(tmp);
      AtomicFiles.createDirectories(tmp);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = from.relativize(f).toString();
          if (!name.equals(RunFolder.SUMMARY)
              && !name.equals(RunFolder.CONFIG)
              && !name.equals(RunFolder.PROVENANCE)) {
            Path to = tmp.resolve(from.relativize(f));
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
          }
        }
      }
      ConfigFiles.writeToml(tmp.resolve(RunFolder.CONFIG), settings);
      Map<String, Object> provenance =
          new LinkedHashMap<>(Json.readObject(from.resolve(RunFolder.PROVENANCE)));
      provenance.put(REUSED_FROM, from.toAbsolutePath().normalize().toString());
      Json.write(tmp.resolve(RunFolder.PROVENANCE), provenance);
      Files.copy(from.resolve(RunFolder.SUMMARY), tmp.resolve(RunFolder.SUMMARY));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException taken) {
        deleteTree(tmp);
        return false;
      }
      return true;
    } catch (IOException ex) {
      throw new UncheckedIOException("adopting " + from + " as " + target, ex);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
