package dmf.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.UserInputException;
import dmf.io.OutputPaths.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {
  @TempDir Path dir;

  Path folder(String name, String... files) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    for (String f : files) {
      Files.writeString(d.resolve(f), "x");
    }
    return d;
  }

  @Test
  void recognizesWhatAFolderHolds() throws Exception {
    Map<Path, Kind> expected =
        Map.of(
            dir.resolve("absent"), Kind.ABSENT,
            folder("empty"), Kind.EMPTY,
            folder("comp", "rows.npy", "cols.npy", "values.npy", "meta.json"),
                Kind.COMPLETION_INSTANCE,
            folder("sens", "A.npy", "y.npy"), Kind.SENSING_INSTANCE,
            folder("run", "config.toml", "summary.json"), Kind.RUN,
            folder("sweep", "results.db", "sweep.json"), Kind.SWEEP,
            folder("notes", "README.txt"), Kind.OTHER,
            Files.writeString(dir.resolve("file"), "x"), Kind.FILE);
    expected.forEach((p, k) -> assertEquals(k, OutputPaths.kindOf(p), p.toString()));
  }

  @Test
  void refusesFoldersOfAnotherKindWithOneLine() throws Exception {
    Path comp = folder("comp", "rows.npy");
    UserInputException e =
        assertThrows(
            UserInputException.class,
            () -> OutputPaths.requireFolder(comp, "--out", OutputPaths.RUN_FOLDER, "a run"));
    assertEquals(
        "--out "
            + comp
            + ": holds a completion instance; writing a run there would mix the two"
            + " (choose another folder or remove it)",
        e.getMessage());
    assertThrows(
        UserInputException.class,
        () -> OutputPaths.requireFolder(Path.of(""), "--out", OutputPaths.RUN_FOLDER, "a run"));
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertTrue(
        assertThrows(
                UserInputException.class,
                () ->
                    OutputPaths.requireFolder(
                        file.resolve("deeper/still"), "--out", OutputPaths.RUN_FOLDER, "a run"))
            .getMessage()
            .endsWith(file + " is a file, not a folder"));
    OutputPaths.requireFolder(dir.resolve("new/nested"), "--out", OutputPaths.RUN_FOLDER, "a run");
    OutputPaths.requireFolder(folder("run", "summary.json"), "--out", OutputPaths.RUN_FOLDER, "a");
  }

  @Test
  void outputFilesMustNotBeFolders() throws Exception {
    assertThrows(UserInputException.class, () -> OutputPaths.requireFile(dir, "--csv"));
    assertThrows(UserInputException.class, () -> OutputPaths.requireFile(Path.of(""), "--csv"));
    OutputPaths.requireFile(dir.resolve("a/b/c.csv"), "--csv");
    OutputPaths.requireFile(Files.writeString(dir.resolve("old.csv"), "x"), "--csv");
  }
}
