package dmf.experiment;

import dmf.base.UserInputException;
import dmf.base.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds a {@link SweepEngine} by name: "local", or a plugin on the class path. */
public final class SweepEngines {
  /** The engine that runs a sweep on threads of this JVM. */
  public static final String LOCAL = "local";

  private SweepEngines() {}

  /**
   * @param name an engine name
   * @return the engine
   * @throws UserInputException when no engine of that name is on the class path
   */
  public static SweepEngine find(String name) {
    if (LOCAL.equals(name)) {
      return new Local();
    }
    for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new UserInputException(
        "no sweep engine '"
            + name
            + "' on the class path (available: "
            + String.join(", ", names())
            + "); the Spark engine comes with spark/target/dmf-spark.jar, which ./dmf uses for"
            + " --engine spark");
  }

  /**
   * @return the names of the engines on the class path, "local" first
   */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of(LOCAL));
    ServiceLoader.load(SweepEngine.class).forEach(e -> names.add(e.name()));
    return names;
  }

  /** Threads of this JVM. */
  private static final class Local implements SweepEngine {
    @Override
    public String name() {
      return LOCAL;
    }

    @Override
    public SweepRunner.Result run(SweepJob job, SweepRunner.Listener listener) {
      if (!job.master().isEmpty() || !job.conf().isEmpty()) {
        throw new UserInputException(
            "--master and --conf are settings of a distributed engine (e.g. --engine spark), not"
                + " of the local one");
      }
      int workers = job.workers() > 0 ? job.workers() : Workers.defaultParallelRuns();
      return new SweepRunner(job.out(), workers, job.keepGoing()).run(job.runs(), listener);
    }
  }
}
