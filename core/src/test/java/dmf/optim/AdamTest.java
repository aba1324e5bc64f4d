package dmf.optim;

import static dmf.optim.GroupRmsPropTest.NO_ORACLE;
import static dmf.testing.Fixtures.ops;
import static dmf.testing.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dmf.linalg.Ops;
import dmf.linalg.Precision;
import dmf.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Adam against steps computed by hand: per-entry moments with bias correction. */
class AdamTest {
  @ParameterizedTest
  @EnumSource(Precision.class)
  void matchesTheHandComputedSequence(Precision p) {
    Ops<Object> ops = ops(p);
    double tol = p == Precision.FLOAT64 ? 1e-15 : 1e-7;
    // lr 1, β1 ½, β2 ¾, ε ¼; one buffer of two entries.
    Adam<Object> opt = new Adam<>(1.0, 0.5, 0.75, 0.25);
    opt.reset(ops, new int[] {2});
    Object[] params = {ops.fromDoubles(new double[] {1, 0})};
    // Step 1, g = (2, −½): m = (1, −¼), v = (1, 1/16); m̂ = m/½ = (2, −½), v̂ = v/¼ = (4, ¼);
    // Δ = −m̂/(√v̂ + ε) = (−2/2.25, ½/0.75) = (−8/9, 2/3).
    Step s = opt.step(params, new Object[] {ops.fromDoubles(new double[] {2, -0.5})}, 1, NO_ORACLE);
    assertEquals(1.0, s.stepSize());
    Fixtures.assertClose(new double[] {1.0 / 9, 2.0 / 3}, read(ops, params[0], 2), tol, "step 1");
    // Step 2, g = (−1, −½): m = (½·1 − ½·1, −⅛ − ¼) = (0, −⅜), so the first entry stays;
    // v = (¾ + ¼, 3/64 + 1/16) = (1, 7/64); m̂ = m/¾ = (0, −½), v̂ = v/(7/16) = (16/7, ¼);
    // the second entry moves by ½/(½ + ¼) = ⅔ again.
    opt.step(params, new Object[] {ops.fromDoubles(new double[] {-1, -0.5})}, 1, NO_ORACLE);
    Fixtures.assertClose(new double[] {1.0 / 9, 4.0 / 3}, read(ops, params[0], 2), tol, "step 2");
    // reset clears both moments and the count.
    opt.reset(ops, new int[] {2});
    Object[] fresh = {ops.fromDoubles(new double[] {1, 0})};
    opt.step(fresh, new Object[] {ops.fromDoubles(new double[] {2, -0.5})}, 1, NO_ORACLE);
    Fixtures.assertClose(new double[] {1.0 / 9, 2.0 / 3}, read(ops, fresh[0], 2), tol, "reset");
  }
}
