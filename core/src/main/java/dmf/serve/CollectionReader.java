package dmf.serve;

import dmf.io.store.ResultsDb;
import dmf.io.store.RunFolder;
import dmf.io.store.RunRow;
import dmf.serve.Collection.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runs of a collection, from what is on disk: a sweep's run list (sweep.json) gives every run
 * and its settings; the results database gives finished runs with their summaries; run folders give
 * the runs that are being written (no summary.json yet) and those the database has not caught up
 * with. A run folder without summary.json that nothing has touched for {@link #STALL_AFTER} is
 * "stalled" (its writer was stopped).
 */
final class CollectionReader {
  /** How long a run folder without summary.json may stay untouched and still count as running. */
  static final Duration STALL_AFTER = Duration.ofMinutes(5);

  private final Roots roots;
  private final StoredFiles files;
  private final Function<String, Optional<String>> liveStatus;

  /**
   * @param roots the served folders
   * @param files the parsed-file cache
   * @param liveStatus the status of a run this server trains itself (queued or running), by served
   *     id; empty for other runs
   */
  CollectionReader(Roots roots, StoredFiles files, Function<String, Optional<String>> liveStatus) {
    this.roots = roots;
    this.files = files;
    this.liveStatus = liveStatus;
  }

  /**
   * @param c a collection
   * @return its runs: the sweep's list order, then runs only the database or a folder knows
   */
  List<RunEntry> runs(Collection c) {
    if (c.kind() == Kind.FOLDER) {
      List<RunEntry> out = new ArrayList<>();
      for (Path dir : c.looseRuns()) {
        out.add(entry(c.id(), dir, null, null));
      }
      return out;
    }
    Map<String, RunRow> planned = new LinkedHashMap<>();
    for (RunRow r : files.planned(c.dir().resolve(Layout.SWEEP_JSON))) {
      planned.put(r.runId(), r);
    }
    Map<String, RunRow> stored = files.stored(c.dir().resolve(ResultsDb.FILE_NAME));
    Map<String, Path> names = new LinkedHashMap<>();
    for (String id : planned.keySet()) {
      if (safeName(id)) {
        names.put(id, runDir(c, id));
      }
    }
    for (String id : stored.keySet()) {
      if (safeName(id)) {
        names.putIfAbsent(id, runDir(c, id));
      }
    }
    for (Path dir : Roots.subfolders(c.dir().resolve(Layout.RUNS))) {
      names.putIfAbsent(dir.getFileName().toString(), dir);
    }
    List<RunEntry> out = new ArrayList<>(names.size());
    for (Map.Entry<String, Path> e : names.entrySet()) {
      out.add(entry(c.id(), e.getValue(), stored.get(e.getKey()), planned.get(e.getKey())));
    }
    return out;
  }

  /**
   * One run by its served id.
   *
   * @param id the served id of a run folder
   * @return the run
   * @throws NotFoundException if the id names no run
   */
  RunEntry run(String id) {
    Path dir = roots.resolve(id);
    Path parent = dir.getParent();
    if (!dir.equals(rootOf(dir))
        && parent.getFileName() != null
        && parent.getFileName().toString().equals(Layout.RUNS)
        && Layout.isSweep(parent.getParent())) {
      Path sweep = parent.getParent();
      String name = dir.getFileName().toString();
      RunRow stored = files.stored(sweep.resolve(ResultsDb.FILE_NAME)).get(name);
      RunRow planned = null;
      for (RunRow r : files.planned(sweep.resolve(Layout.SWEEP_JSON))) {
        if (r.runId().equals(name)) {
          planned = r;
        }
      }
      if (stored != null || planned != null || Files.isDirectory(dir)) {
        return entry(idOf(sweep), dir, stored, planned);
      }
    } else if (Layout.isRun(dir)) {
      return entry(idOf(dir.equals(rootOf(dir)) ? dir : parent), dir, null, null);
    }
    throw new NotFoundException("no run '" + id + "'");
  }

  private RunEntry entry(String collection, Path dir, RunRow stored, RunRow planned) {
    String id = idOf(dir);
    String name = dir.getFileName().toString();
    if (stored != null) {
      return new RunEntry(
          id,
          name,
          collection,
          dir,
          stored.status(),
          stored.settings(),
          stored.summary(),
          stored.provenance());
    }
    Map<String, Object> settings =
        planned != null ? planned.settings() : files.toml(dir.resolve(Layout.CONFIG));
    Map<String, Object> summary = files.json(dir.resolve(RunFolder.SUMMARY));
    Map<String, Object> provenance = files.json(dir.resolve(Layout.PROVENANCE));
    String status;
    if (!summary.isEmpty()) {
      status = "failed".equals(summary.get("stop_reason")) ? RunRow.FAILED : RunRow.COMPLETED;
    } else {
      status = liveStatus.apply(id).orElseGet(() -> folderStatus(dir));
    }
    if (settings.isEmpty()) {
      settings = files.toml(dir.resolve(Layout.CONFIG));
    }
    return new RunEntry(id, name, collection, dir, status, settings, summary, provenance);
  }

  private static String folderStatus(Path dir) {
    if (!Files.isDirectory(dir)) {
      return RunEntry.PENDING;
    }
    long newest = 0;
    for (String f : List.of("", Layout.METRICS, Layout.PROVENANCE, Layout.CONFIG)) {
      try {
        newest = Math.max(newest, Files.getLastModifiedTime(dir.resolve(f)).toMillis());
      } catch (IOException e) {
        // Not written yet.
      }
    }
    boolean recent = System.currentTimeMillis() - newest < STALL_AFTER.toMillis();
    return recent ? RunRow.RUNNING : RunEntry.STALLED;
  }

  /** Run ids name folders: only plain names may, so a stored id cannot point elsewhere. */
  private static boolean safeName(String id) {
    return id.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  }

  private static Path runDir(Collection c, String name) {
    return c.dir().resolve(Layout.RUNS).resolve(name);
  }

  private Path rootOf(Path dir) {
    for (int i = 0; i < roots.size(); i++) {
      if (dir.startsWith(roots.root(i))) {
        return roots.root(i);
      }
    }
    throw new NotFoundException("not under a served folder: " + dir);
  }

  private String idOf(Path dir) {
    for (int i = 0; i < roots.size(); i++) {
      if (dir.startsWith(roots.root(i))) {
        return roots.idOf(i, dir);
      }
    }
    throw new NotFoundException("not under a served folder: " + dir);
  }
}
