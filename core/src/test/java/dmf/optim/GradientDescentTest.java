package dmf.optim;

import static dmf.optim.GroupRmsPropTest.NO_ORACLE;
import static dmf.testing.Fixtures.ops;
import static dmf.testing.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.linalg.Ops;
import dmf.linalg.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GradientDescentTest {
  @ParameterizedTest
  @EnumSource(Precision.class)
  void takesExactlyMinusLrTimesTheGradient(Precision p) {
    Ops<Object> ops = ops(p);
    GradientDescent<Object> gd = new GradientDescent<>(0.25);
    gd.reset(ops, new int[] {2, 1});
    Object[] params = {ops.fromDoubles(new double[] {1, 2}), ops.fromDoubles(new double[] {3})};
    Object[] grads = {ops.fromDoubles(new double[] {4, -8}), ops.fromDoubles(new double[] {0.5})};
    Step s = gd.step(params, grads, 10, NO_ORACLE);
    assertEquals(new Step(0.25, 0, Double.NaN), s);
    assertArrayEquals(new double[] {0, 4}, read(ops, params[0], 2));
    assertArrayEquals(new double[] {2.875}, read(ops, params[1], 1));
    gd.step(params, grads, 10, NO_ORACLE);
    assertArrayEquals(new double[] {-1, 6}, read(ops, params[0], 2));
  }
}
