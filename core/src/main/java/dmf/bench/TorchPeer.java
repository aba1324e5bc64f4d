package dmf.bench;

import dmf.io.Json;
import dmf.settings.Setting;
import dmf.settings.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The independent PyTorch reference, ../shared/peers/dmf_torch.py, run under Debian's
 * /usr/bin/python3 with one thread. Present only where that interpreter imports torch.
 *
 * @param python the interpreter
 * @param script dmf_torch.py
 */
public record TorchPeer(String python, Path script) {
  /** The folder of the PyTorch peers (dmf_torch.py, factored_torch.py). */
  public static final Setting<String> PEERS =
      Setting.ofText("peers", "../shared/peers", "folder with dmf_torch.py and factored_torch.py");

  /**
   * @param s settings with {@link #PEERS}
   * @param wanted whether the peer is to run at all
   * @return the peer in the folder {@link #PEERS} names, when wanted and present
   */
  public static Optional<TorchPeer> find(Settings s, boolean wanted) {
    return wanted ? find(Path.of(s.get(PEERS))) : Optional.empty();
  }

  /**
   * @param peersDir the folder holding dmf_torch.py (e.g. ../shared/peers)
   * @return the peer, if the script exists and the interpreter imports torch
   */
  public static Optional<TorchPeer> find(Path peersDir) {
    Path script = peersDir.resolve("dmf_torch.py");
    String python = System.getenv().getOrDefault("DMF_PEER_PYTHON", "/usr/bin/python3");
    if (!Files.isRegularFile(script) || !Files.isExecutable(Path.of(python))) {
      return Optional.empty();
    }
    try {
      Process p =
          new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
        return Optional.of(new TorchPeer(python, script));
      }
    } catch (IOException ex) {
      return Optional.empty();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /**
   * Runs the reference on an instance with one thread and returns its JSON summary.
   *
   * @param instance the instance folder (vals.npy, w_star.npy, …)
   * @param depth the depth
   * @param dtype float64 or float32
   * @param work a scratch folder for the result file
   * @param more further dmf_torch.py arguments
   * @return the summary
   * @throws IOException if the run fails
   */
  public Map<String, Object> run(Path instance, int depth, String dtype, Path work, String... more)
      throws IOException {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "--instance",
            instance.toString(),
            "--depth",
            Integer.toString(depth),
            "--dtype",
            dtype,
            "--threads",
            "1"));
    args.addAll(List.of(more));
    return run(args, work);
  }

  /**
   * Runs the reference and returns its JSON summary.
   *
   * @param args dmf_torch.py arguments (without --out)
   * @param work a scratch folder for the result file
   * @return the summary (iterations, test_error, wall_time_s, sec_per_iter, …)
   * @throws IOException if the run fails
   */
  public Map<String, Object> run(List<String> args, Path work) throws IOException {
    return runScript(script.getFileName().toString(), args, 1, work);
  }

  /**
   * Runs another script of the peers folder (e.g. factored_torch.py) that takes {@code --out FILE}
   * and writes its JSON summary there.
   *
   * @param name the script's file name
   * @param args its arguments (without --out)
   * @param threads OpenBLAS/OpenMP threads of the process
   * @param work a scratch folder for the result file
   * @return the summary
   * @throws IOException if the run fails
   */
  public Map<String, Object> runScript(String name, List<String> args, int threads, Path work)
      throws IOException {
    Files.createDirectories(work);
    Path out = Files.createTempFile(work, "torch", ".json");
    List<String> cmd = new ArrayList<>(List.of(python, script.resolveSibling(name).toString()));
    cmd.addAll(args);
    cmd.addAll(List.of("--out", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
    pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException(name + " failed: " + log.strip());
      }
    } catch (InterruptedException ex) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
    return Json.readObject(out);
  }
}
