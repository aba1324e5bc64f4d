package dmf.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.linalg.Ops32;
import dmf.linalg.Ops64;
import dmf.problem.CompletionProblem;
import dmf.problem.Generators;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The completion loss touches only observed entries: its gradient is the definition's (2/|Ω|)·(W −
 * B) on Ω and exactly zero elsewhere, whatever the gradient buffer held before, on every call; the
 * float32 gradient is the float64 one rounded.
 */
class CompletionLossTest {
  @Test
  void gradientIsTheDefinitionOnEveryCall() {
    int rows = 9;
    int cols = 7;
    CompletionProblem p =
        Generators.completion(Generators.lowRankTruth(rows, cols, 2, false, 3), 20, 4);
    SplittableRandom r = new SplittableRandom(1);
    double[] w = new double[rows * cols];
    Arrays.setAll(w, i -> r.nextGaussian());
    double[] expected = new double[w.length];
    double loss = 0;
    int k = p.values().length;
    for (int s = 0; s < k; s++) {
      int pos = p.rowIdx()[s] + p.colIdx()[s] * rows;
      double e = w[pos] - p.values()[s];
      loss += e * e / k;
      expected[pos] = 2 * e / k;
    }
    CompletionLoss<double[]> l64 = new CompletionLoss<>(Ops64.INSTANCE, p);
    CompletionLoss<float[]> l32 = new CompletionLoss<>(Ops32.INSTANCE, p);
    for (int call = 0; call < 3; call++) {
      double[] g = new double[w.length];
      Arrays.fill(g, 42.0); // stale content must not survive
      assertEquals(loss, l64.evaluate(w, g), 1e-14 * loss);
      assertArrayEquals(expected, g, 1e-15);
      assertEquals(loss, l64.evaluate(w, null), 1e-14 * loss);
    }
    float[] w32 = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      w32[i] = (float) w[i];
    }
    float[] g32 = new float[w.length];
    Arrays.fill(g32, 7f);
    l32.evaluate(w32, g32);
    l32.evaluate(w32, g32);
    for (int i = 0; i < w.length; i++) {
      assertEquals(expected[i], g32[i], 1e-6, "entry " + i);
      if (expected[i] == 0) {
        assertEquals(0f, g32[i]);
      }
    }
  }
}
