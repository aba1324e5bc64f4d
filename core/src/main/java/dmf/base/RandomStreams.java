package dmf.base;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Named, independent random streams derived from one root seed.
 *
 * <p>dmf has no global random generator. Every random draw comes from a stream obtained here, e.g.
 * {@code RandomStreams.of(seed, "init")} for the factor initialization and {@code
 * RandomStreams.of(seed, "observations")} for the sampled entries. A stream depends only on the
 * root seed and its name, never on the order in which streams are requested, so the same seed gives
 * the same bits.
 */
public final class RandomStreams {
  private RandomStreams() {}

  /**
   * Returns the stream called {@code name} under {@code rootSeed}.
   *
   * @param rootSeed the run's seed
   * @param name the purpose of the stream, e.g. "init"
   * @return a fresh generator; each call returns an identical, independent copy
   */
  public static SplittableRandom of(long rootSeed, String name) {
    return new SplittableRandom(childSeed(rootSeed, name));
  }

  /**
   * Derives a child seed from a root seed and a name (FNV-1a over the name, mixed with the root
   * through SplitMix64's finalizer).
   *
   * @param rootSeed the parent seed
   * @param name the child's name
   * @return the child seed
   */
  public static long childSeed(long rootSeed, String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(rootSeed ^ mix(h));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
