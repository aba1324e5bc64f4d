package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.testing.Sweeps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of inputs for hostile command lines: arguments name its files as {@code @name}, each
 * case writes only below {@code @o} (its own output folder, {@code out/CASE}), and a snapshot of
 * everything else, and of the working folder's top level, shows any write outside it.
 */
final class Sandbox {
  final Path root;

  Sandbox(Path root) {
    this.root = root;
  }

  /**
   * @param caseName the case, whose output folder {@code @o} is out/caseName
   * @param args arguments, {@code @x} standing for the sandbox's file x
   * @return the arguments with paths filled in
   */
  String[] args(String caseName, List<String> args) {
    String[] out = new String[args.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = resolve(caseName, args.get(i));
    }
    return out;
  }

  String resolve(String caseName, String arg) {
    if (arg.startsWith("@o")) {
      return output(caseName) + arg.substring(2);
    }
    if (arg.startsWith("@")) {
      return root.resolve(arg.substring(1)).toString();
    }
    return arg.replace("{root}", root.toString());
  }

  Path output(String caseName) {
    return root.resolve("out").resolve(caseName);
  }

  /**
   * @param caseName the case
   * @return every file and folder of the sandbox but the case's output folder, and the names in the
   *     working folder; files with size and modification time (a folder's time changes when the
   *     case's output folder is made in it)
   */
  Map<String, String> snapshot(String caseName) throws IOException {
    Map<String, String> m = new TreeMap<>();
    Path mine = output(caseName);
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.startsWith(mine)) {
          continue;
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        m.put(
            root.relativize(p).toString(),
            a.isDirectory() ? "dir" : a.size() + " " + a.lastModifiedTime().toMillis());
      }
    }
    try (Stream<Path> s = Files.list(Path.of("").toAbsolutePath())) {
      s.forEach(p -> m.put("cwd:" + p.getFileName(), ""));
    }
    return m;
  }

  static void assertUnchanged(Map<String, String> before, Map<String, String> after) {
    List<String> diff = new ArrayList<>();
    for (String k : after.keySet()) {
      if (!after.get(k).equals(before.get(k))) {
        diff.add((before.containsKey(k) ? "changed " : "created ") + k);
      }
    }
    for (String k : before.keySet()) {
      if (!after.containsKey(k)) {
        diff.add("deleted " + k);
      }
    }
    assertEquals(List.of(), diff, "writes outside the case's output folder");
  }

  /**
   * The failure output of a command: exactly one line starts with "dmf:", nothing looks like a
   * stack trace.
   */
  static String oneLine(Cli r) {
    List<String> dmf = r.err.lines().filter(l -> l.startsWith("dmf:")).toList();
    assertEquals(1, dmf.size(), "one 'dmf:' line in:\n" + r.err);
    assertTrue(
        r.err
            .lines()
            .noneMatch(
                l ->
                    l.startsWith("\tat ")
                        || l.startsWith("Caused by")
                        || l.contains("Exception in thread")
                        || l.matches("^[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error).*")),
        "stack trace in:\n" + r.err);
    return dmf.get(0);
  }

  /** Writes a text file below the sandbox. */
  Path write(String name, String text) throws IOException {
    Path f = root.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  /** Runs SQL on a new or existing SQLite file below the sandbox. */
  Path sqlite(String name, String... sql) throws Exception {
    Path f = root.resolve(name);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement st = c.createStatement()) {
      for (String q : sql) {
        st.executeUpdate(q);
      }
    }
    return f;
  }

  /**
   * @return whether a named pipe could be made at root/name (mkfifo)
   */
  boolean fifo(String name) {
    return Sweeps.succeeds("mkfifo", root.resolve(name).toString());
  }
}
