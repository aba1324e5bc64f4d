package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.io.Json;
import dmf.testing.Python;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same-start agreement with the independent PyTorch implementation (../shared/peers/dmf_torch.py):
 * from the very same factors, GroupRMSprop in float64 must stop at the same iteration with the same
 * test error. Skips only when /usr/bin/python3 cannot import torch.
 */
class PeerAgreementTest {
  @TempDir Path dir;

  @Test
  void sameStartSameIterationsAndTestError() throws Exception {
    assumeTrue(
        Python.hasPeers("gen_instance.py", "dmf_torch.py"),
        "peer scripts not found in " + Python.PEERS + " (set DMF_PEERS)");
    assumeTrue(
        Python.has("torch"),
        Python.EXE
            + " cannot import torch (apt-get install "
            + "python3-torch); skipping the PyTorch peer comparison");
    Python.Result g =
        Python.run(
            List.of(
                Python.PEERS.resolve("gen_instance.py").toString(),
                "--rank",
                "2",
                "--n-obs",
                "500",
                "--seed",
                "3",
                "--n",
                "30",
                "--m",
                "30",
                "--out-root",
                dir.toString(),
                "--name",
                "inst"),
            120);
    assertEquals(0, g.exit, g.out);
    Path inst = dir.resolve("inst");
    Path init = dir.resolve("init");
    Python.Result t =
        Python.run(
            List.of(
                Python.PEERS.resolve("dmf_torch.py").toString(),
                "--instance",
                inst.toString(),
                "--depth",
                "3",
                "--dtype",
                "float64",
                "--threads",
                "1",
                "--init-scale",
                "1e-2",
                "--lr",
                "3e-3",
                "--dump-init",
                init.toString(),
                "--out",
                dir.resolve("torch.json").toString()),
            600);
    assertEquals(0, t.exit, t.out);
    Map<String, Object> ref = Json.readObject(dir.resolve("torch.json"));
    Cli r =
        Cli.run(
            "train",
            "-q",
            "--instance",
            inst.toString(),
            "--out",
            dir.resolve("run").toString(),
            "--init-from",
            init.toString(),
            "--depth",
            "3",
            "--optimizer",
            "grouprmsprop",
            "--lr",
            "3e-3",
            "--loss-threshold",
            "1e-6",
            "--precision",
            "float64");
    assertEquals(0, r.exit, r.err);
    Map<String, Object> ours = Json.readObject(dir.resolve("run/summary.json"));
    long refIters = ((Number) ref.get("iterations")).longValue();
    long iters = ((Number) ours.get("iterations")).longValue();
    assertEquals(refIters, iters, Math.max(1, refIters / 1000), "iterations");
    double refErr = ((Number) ref.get("test_error")).doubleValue();
    double err = ((Number) ours.get("test_error")).doubleValue();
    assertEquals(refErr, err, 1e-3 * refErr, "test error");
  }
}
