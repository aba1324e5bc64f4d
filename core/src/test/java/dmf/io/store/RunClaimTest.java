package dmf.io.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's claim is held by one claimant at a time and says who holds it. */
class RunClaimTest {
  @TempDir Path dir;

  @Test
  void oneClaimantAtATime() {
    Path run = dir.resolve("runs/abc");
    Optional<RunClaim> first = RunClaim.tryClaim(run);
    assertTrue(first.isPresent());
    assertFalse(RunClaim.tryClaim(run).isPresent(), "claimed twice");
    assertTrue(
        RunClaim.tryClaim(dir.resolve("runs/other"))
            .map(
                c -> {
                  c.close();
                  return true;
                })
            .orElse(false));
    String holder = RunClaim.holder(run);
    assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + " on host "), holder);
    assertTrue(holder.contains(", claimed 20"), holder);
    first.get().close();
    Optional<RunClaim> again = RunClaim.tryClaim(run);
    assertTrue(again.isPresent(), "not free after close");
    again.get().close();
  }
}
