package dmf.serve;

import dmf.base.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The served folders and the only way from a request to a file. An id names a path as {@code "<root
 * index>/<relative path>"} (e.g. {@code 0/fig1/runs/ab12cd34ef56}); {@link #resolve} refuses every
 * id that could leave its root: {@code ..} or {@code .} segments, empty segments, absolute paths,
 * backslashes, control characters, and paths whose real location (after symbolic links) is outside
 * the root.
 */
final class Roots {
  private final List<Path> roots;

  /**
   * @param folders the served folders; each must be a directory
   * @throws UserInputException naming a folder that is not a directory
   */
  Roots(List<Path> folders) {
    if (folders.isEmpty()) {
      throw new UserInputException("no folder to serve");
    }
    List<Path> real = new ArrayList<>();
    for (Path f : folders) {
      if (!Files.isDirectory(f)) {
        throw new UserInputException(f + ": not a folder");
      }
      try {
        real.add(f.toRealPath());
      } catch (IOException e) {
        throw new UserInputException(f + ": cannot open (" + e.getMessage() + ")");
      }
    }
    this.roots = List.copyOf(real);
  }

  /**
   * @return how many folders are served
   */
  int size() {
    return roots.size();
  }

  /**
   * @param index a root index
   * @return the real path of that served folder
   */
  Path root(int index) {
    return roots.get(index);
  }

  /**
   * The id of a path under root {@code index}.
   *
   * @param index the root
   * @param path a path under it
   * @return {@code "index"} for the root itself, else {@code "index/relative/path"}
   */
  String idOf(int index, Path path) {
    String rel = roots.get(index).relativize(path).toString().replace('\\', '/');
    return rel.isEmpty() ? Integer.toString(index) : index + "/" + rel;
  }

  /**
   * The path an id names. The path need not exist; if it or any of its ancestors exists, its real
   * location must lie under the root.
   *
   * @param id a served id
   * @return the path (absolute, normalized, below or equal to its root)
   * @throws UserInputException for a malformed id or one that leaves its root
   * @throws NotFoundException if the id's real location is outside its root (a symbolic link out)
   */
  Path resolve(String id) {
    if (id == null || id.isEmpty()) {
      throw new UserInputException("missing path");
    }
    int slash = id.indexOf('/');
    String head = slash < 0 ? id : id.substring(0, slash);
    String rel = slash < 0 ? "" : id.substring(slash + 1);
    if (!head.matches("[0-9]{1,4}") || Integer.parseInt(head) >= roots.size()) {
      throw new UserInputException("unknown served folder in '" + id + "'");
    }
    Path root = roots.get(Integer.parseInt(head));
    if (rel.isEmpty()) {
      return root;
    }
    for (String segment : rel.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new UserInputException("path '" + id + "' is outside the served folders");
      }
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
          throw new UserInputException("path '" + id + "' has a character that is not allowed");
        }
      }
    }
    Path p = root.resolve(rel).normalize();
    if (!p.startsWith(root)) {
      throw new UserInputException("path '" + id + "' is outside the served folders");
    }
    Path existing = p;
    while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    try {
      if (!existing.toRealPath().startsWith(root)) {
        throw new NotFoundException("no such path: " + id);
      }
    } catch (IOException e) {
      // A dangling link or a file that vanished: nothing to serve there.
      throw new NotFoundException("no such path: " + id);
    }
    return p;
  }

  /**
   * The regular file an id names.
   *
   * @param id a served id
   * @return the file, or empty when there is no regular file there
   */
  Optional<Path> file(String id) {
    Path p = resolve(id);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Lists the subfolders of a folder, skipping hidden ones and symbolic links.
   *
   * @param dir a folder under a root
   * @return the subfolders in name order; empty if {@code dir} is not a folder
   */
  static List<Path> subfolders(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (var s = Files.list(dir)) {
      s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      // The folder vanished or cannot be read while a writer works in it: nothing to list now.
      return List.of();
    }
    return out;
  }
}
