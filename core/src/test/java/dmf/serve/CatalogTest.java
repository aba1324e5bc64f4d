package dmf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.serve.Collection.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
  @TempDir Path root;

  @Test
  void findsSweepsReproductionsThePlaygroundAndLooseRunsGroupedByFolder() throws Exception {
    Files.createDirectories(root.resolve("s1/runs"));
    Files.createDirectories(root.resolve("nested/deeper/s2"));
    Files.writeString(root.resolve("nested/deeper/s2/sweep.json"), "[]");
    Files.createDirectories(root.resolve("repro/runs"));
    Files.writeString(root.resolve("repro/report.md"), "# r");
    Files.createDirectories(root.resolve("playground/runs"));
    ServeFixtures.startRun(root.resolve("loose/r1"));
    ServeFixtures.startRun(root.resolve("loose/r2"));
    ServeFixtures.startRun(root.resolve("s1/runs/inside"));
    Files.createDirectories(root.resolve(".hidden/runs"));
    Files.createDirectories(root.resolve("a/b/c/d/runs"));
    List<Collection> cs = new Catalog(new Roots(List.of(root))).collections();
    assertEquals(
        List.of("0/loose", "0/nested/deeper/s2", "0/playground", "0/repro", "0/s1"),
        cs.stream().map(Collection::id).sorted().toList());
    assertEquals(Kind.REPRODUCTION, kind(cs, "0/repro"));
    assertEquals(Kind.PLAYGROUND, kind(cs, "0/playground"));
    assertEquals(Kind.SWEEP, kind(cs, "0/s1"));
    Collection loose = cs.stream().filter(c -> c.id().equals("0/loose")).findFirst().orElseThrow();
    assertEquals(Kind.FOLDER, loose.kind());
    assertEquals(2, loose.looseRuns().size());
  }

  @Test
  void aServedRunFolderIsACollectionOfOne() {
    ServeFixtures.startRun(root);
    List<Collection> cs = new Catalog(new Roots(List.of(root))).collections();
    assertEquals(1, cs.size());
    assertEquals(List.of(cs.get(0).dir()), cs.get(0).looseRuns());
  }

  static Kind kind(List<Collection> cs, String id) {
    return cs.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().kind();
  }
}
