package dmf.cli;

import dmf.base.UserInputException;
import dmf.io.data.Instances;
import dmf.io.npy.Npy;
import dmf.io.npy.NpyArray;
import dmf.linalg.Mat;
import dmf.problem.Generators;
import dmf.problem.Problem;
import dmf.problem.SensingProblem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmf gen completion|sensing}: seeded synthetic instances. */
@Command(
    name = "gen",
    description = "Generate a synthetic instance folder (NumPy files).",
    subcommands = {GenCommand.Completion.class, GenCommand.Sensing.class})
final class GenCommand {

  /** Options shared by both problem types. */
  static final class Truth {
    @Option(
        names = "--rows",
        defaultValue = "100",
        description = "rows d (default ${DEFAULT-VALUE})")
    int rows;

    @Option(
        names = "--cols",
        defaultValue = "100",
        description = "columns d' (default ${DEFAULT-VALUE})")
    int cols;

    @Option(names = "--rank", defaultValue = "5", description = "rank r (default ${DEFAULT-VALUE})")
    int rank;

    @Option(
        names = "--seed",
        defaultValue = "0",
        description = "root seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
        names = {"--symmetric", "--psd"},
        description = "W* = U Uᵀ/√r (V = U): symmetric positive semidefinite; needs rows = cols")
    boolean symmetric;

    @Option(names = "--out", required = true, description = "instance folder to write")
    Path out;

    Mat truth() {
      return Generators.lowRankTruth(rows, cols, rank, symmetric, seed);
    }

    Map<String, Object> meta() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank);
      m.put("seed", seed);
      m.put("symmetric", symmetric);
      return m;
    }
  }

  @Command(name = "completion", description = "Low-rank W* and uniformly sampled observed entries.")
  static final class Completion implements Callable<Integer> {
    @Mixin Truth truth;

    @Option(names = "--observations", required = true, description = "observed entries |Ω|")
    int observations;

    @Override
    public Integer call() {
      Problem p = Generators.completion(truth.truth(), observations, truth.seed);
      Map<String, Object> meta = truth.meta();
      meta.put("observations", observations);
      Instances.write(truth.out, p, meta);
      System.out.println("wrote " + truth.out + ": " + p);
      return 0;
    }
  }

  @Command(name = "sensing", description = "Low-rank W* and Gaussian (or given) measurements.")
  static final class Sensing implements Callable<Integer> {
    @Mixin Truth truth;

    @Option(names = "--measurements", description = "number m of Gaussian measurements")
    Integer measurements;

    @Option(
        names = "--symmetric-measurements",
        description = "use the symmetric parts (G + Gᵀ)/2 of the Gaussian measurement matrices")
    boolean symmetricMeasurements;

    @Option(names = "--a-from", description = "measurement matrices from an m×rows×cols .npy file")
    Path aFrom;

    @Override
    public Integer call() {
      Mat w = truth.truth();
      Map<String, Object> meta = truth.meta();
      SensingProblem p;
      if (aFrom != null) {
        NpyArray a = Npy.read(aFrom).requireRank(3, aFrom.toString());
        if (a.dim(1) != w.rows() || a.dim(2) != w.cols()) {
          throw new UserInputException(
              aFrom
                  + ": matrices are "
                  + a.dim(1)
                  + "x"
                  + a.dim(2)
                  + " but W* is "
                  + w.rows()
                  + "x"
                  + w.cols());
        }
        int m = (int) a.dim(0);
        SensingProblem draft =
            SensingProblem.fromRowMajor(w.rows(), w.cols(), m, a.asDoubles(), new double[m], w);
        p = new SensingProblem(w.rows(), w.cols(), draft.measurements(), draft.measure(w), w);
        meta.put("measurements_from", aFrom.toString());
      } else {
        if (measurements == null) {
          throw new UserInputException("gen sensing needs --measurements M or --a-from FILE.npy");
        }
        p = Generators.sensing(w, measurements, symmetricMeasurements, truth.seed);
        meta.put("symmetric_measurements", symmetricMeasurements);
      }
      meta.put("measurements", p.observationCount());
      Instances.write(truth.out, p, meta);
      System.out.println("wrote " + truth.out + ": " + p);
      return 0;
    }
  }
}
