package dmf.serve;

import java.nio.file.Path;
import java.util.List;

/**
 * A group of runs shown together: a sweep folder, a reproduction (a sweep with report.md and
 * figures), the playground, or loose run folders that share a parent folder.
 *
 * @param id the served id of its folder
 * @param kind what it is
 * @param dir its folder
 * @param title a short name for pages
 * @param looseRuns for {@link Kind#FOLDER}: the run folders it holds; empty otherwise
 */
record Collection(String id, Kind kind, Path dir, String title, List<Path> looseRuns) {

  /** Kinds of collection. */
  enum Kind {
    /** A folder written by {@code dmf sweep}: sweep.json, results.db, runs/. */
    SWEEP,
    /** A sweep folder with report.md (from {@code dmf reproduce}). */
    REPRODUCTION,
    /** The playground's sweep-like folder. */
    PLAYGROUND,
    /** Run folders written by {@code dmf train --out} or {@code dmf solve}. */
    FOLDER
  }

  /** Copies the list. */
  Collection {
    looseRuns = List.copyOf(looseRuns);
  }

  /**
   * @return a word for pages
   */
  String kindLabel() {
    return switch (kind) {
      case SWEEP -> "sweep";
      case REPRODUCTION -> "reproduction";
      case PLAYGROUND -> "playground";
      case FOLDER -> "run folders";
    };
  }
}
