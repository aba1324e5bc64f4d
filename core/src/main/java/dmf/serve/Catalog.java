package dmf.serve;

import dmf.serve.Collection.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the collections under the served folders: every sweep or reproduction folder (not looking
 * inside it), and loose run folders grouped by their parent, down to {@link #MAX_DEPTH} folders
 * below each root. Symbolic links and hidden folders are not followed.
 */
final class Catalog {
  /** How many folder levels below a served folder are searched. */
  static final int MAX_DEPTH = 3;

  private final Roots roots;

  /**
   * @param roots the served folders
   */
  Catalog(Roots roots) {
    this.roots = roots;
  }

  /**
   * @return the collections, in served-folder order and then by path
   */
  List<Collection> collections() {
    List<Collection> out = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      Map<Path, List<Path>> loose = new LinkedHashMap<>();
      visit(i, roots.root(i), 0, out, loose);
      for (Map.Entry<Path, List<Path>> e : loose.entrySet()) {
        out.add(
            new Collection(
                roots.idOf(i, e.getKey()),
                Kind.FOLDER,
                e.getKey(),
                title(i, e.getKey()),
                e.getValue()));
      }
    }
    return out;
  }

  /**
   * @param id a collection id
   * @return the collection
   * @throws NotFoundException if there is none with that id
   */
  Collection find(String id) {
    roots.resolve(id);
    for (Collection c : collections()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new NotFoundException("no sweep or run folder '" + id + "'");
  }

  private void visit(
      int root, Path dir, int depth, List<Collection> out, Map<Path, List<Path>> loose) {
    if (Layout.isSweep(dir)) {
      out.add(
          new Collection(
              roots.idOf(root, dir), kindOf(root, dir), dir, title(root, dir), List.of()));
      return;
    }
    if (Layout.isRun(dir)) {
      Path group = depth == 0 ? dir : dir.getParent();
      loose.computeIfAbsent(group, k -> new ArrayList<>()).add(dir);
      return;
    }
    if (depth < MAX_DEPTH) {
      for (Path child : Roots.subfolders(dir)) {
        visit(root, child, depth + 1, out, loose);
      }
    }
  }

  private Kind kindOf(int root, Path dir) {
    if (root == 0 && dir.equals(roots.root(0).resolve(Layout.PLAYGROUND))) {
      return Kind.PLAYGROUND;
    }
    return Files.isRegularFile(dir.resolve(Layout.REPORT)) ? Kind.REPRODUCTION : Kind.SWEEP;
  }

  private String title(int root, Path dir) {
    Path base = roots.root(root);
    String name = dir.equals(base) ? base.getFileName() + "" : base.relativize(dir).toString();
    return roots.size() > 1 ? base.getFileName() + "/" + name : name;
  }
}
