package dmf.io.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dmf.base.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingsCacheTest {
  @TempDir Path dir;

  RatingsTable load(Path f, Path root) {
    return RatingsCache.load(
        f, Ratings.guess(f), ReadRules.STRICT, RatingsCache.Mode.ON, root, ProgressListener.NONE);
  }

  static void same(RatingsTable a, RatingsTable b) {
    assertArrayEquals(a.users(), b.users());
    assertArrayEquals(a.items(), b.items());
    assertArrayEquals(a.ratings(), b.ratings());
    assertArrayEquals(a.timestamps(), b.timestamps());
    assertEquals(a.userIds(), b.userIds());
    assertEquals(a.itemIds(), b.itemIds());
    assertEquals(a.counts(), b.counts());
  }

  @Test
  void theCacheGivesWhatTheFileGivesAndFollowsTheFile() throws Exception {
    Path f = dir.resolve("r.csv");
    Files.writeString(f, "userId,movieId,rating,timestamp\n7,x9,4.5,10\n3,x1,2,11\n7,x9,5,12\n");
    Path root = dir.resolve("cache");
    RatingsTable direct = Ratings.read(f, Ratings.guess(f));
    RatingsTable first = load(f, root);
    Path entry = RatingsCache.folder(root, f);
    assertTrue(Files.isRegularFile(entry.resolve("meta.json")), "entry written");
    assertTrue(Files.isRegularFile(entry.resolve("item_ids.txt")), "text ids as text");
    same(direct, first);
    // Poison the source's bytes but keep size and time: the cache must be what answers.
    byte[] orig = Files.readAllBytes(f);
    FileTime t = Files.getLastModifiedTime(f);
    Files.writeString(f, "userId,movieId,rating,timestamp\n7,x9,4.5,10\n3,x1,2,11\n7,x9,1,12\n");
    Files.setLastModifiedTime(f, t);
    same(direct, load(f, root));
    // A new modification time invalidates the entry.
    Files.setLastModifiedTime(f, FileTime.fromMillis(t.toMillis() + 5000));
    RatingsTable fresh = load(f, root);
    assertArrayEquals(new float[] {2, 1}, fresh.ratings());
    Files.write(f, orig);
    // A damaged entry is rebuilt, not trusted.
    Files.writeString(entry.resolve("ratings.npy"), "junk");
    Files.setLastModifiedTime(f, t);
    same(direct, load(f, root));
    try (var s = Files.list(root)) {
      assertEquals(List.of(entry.getFileName()), s.map(Path::getFileName).toList(), "no temp left");
    }
  }

  @Test
  void autoModeLeavesSmallFilesUncached() throws Exception {
    Path f = dir.resolve("u.data");
    Files.writeString(f, "1\t2\t3\t4\n");
    Path root = dir.resolve("cache");
    RatingsCache.load(
        f, Ratings.guess(f), ReadRules.STRICT, RatingsCache.Mode.AUTO, root, ProgressListener.NONE);
    assertTrue(!Files.exists(root));
  }
}
