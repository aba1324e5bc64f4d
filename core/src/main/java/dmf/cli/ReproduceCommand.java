package dmf.cli;

import dmf.base.UserInputException;
import dmf.paper.Claim;
import dmf.paper.Reproduction;
import dmf.paper.ReproductionResult;
import dmf.paper.ReproductionRunner;
import dmf.paper.Reproductions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmf reproduce NAME [--quick|--full] [--out DIR]}: sweep, figures and report.md. */
@Command(
    name = "reproduce",
    sortOptions = false,
    description = "Reproduce a paper figure: sweep, figures (PNG, SVG, PDF) and report.md.")
final class ReproduceCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      description =
          "fig1, fig2, sensing, init-sweep, fig3 (Arora et al.); "
              + "gunasekar-fig1, gunasekar-fig2, gunasekar-fig4 (Gunasekar et al.)")
  String name;

  @Option(names = "--quick", description = "small and fast (the default)")
  boolean quick;

  @Option(names = "--full", description = "paper scale (3 repeats, all ranks)")
  boolean full;

  @Option(names = "--out", description = "output folder (default results/NAME)")
  Path out;

  @Option(names = "--workers", description = "parallel runs (default: available processors)")
  Integer workers;

  @Option(names = "--plot-only", description = "redraw from stored results without training")
  boolean plotOnly;

  @Option(
      names = "--ratings",
      description =
          "fig3: MovieLens u.data or ratings CSV (default: "
              + "$DMF_MOVIELENS, else ../shared/data/ml-100k/u.data when present)")
  Path ratings;

  @Override
  public Integer call() {
    if (quick && full) {
      throw new UserInputException("choose one of --quick and --full");
    }
    Reproduction rep =
        Reproductions.find(name, ratings != null ? ratings : Reproductions.defaultRatings());
    Path dir = out != null ? out : Path.of("results", rep.folder());
    if (plotOnly) {
      print(ReproductionRunner.redraw(rep, !full, dir));
      return 0;
    }
    String label = "reproduce " + name + (full ? " --full" : " --quick");
    SweepProgress progress = new SweepProgress(label);
    int w = workers != null ? workers : Runtime.getRuntime().availableProcessors();
    ReproductionResult r = ReproductionRunner.run(rep, !full, dir, w, progress);
    progress.finish();
    System.out.println(
        label + ": " + r.runs() + " runs (" + r.executed() + " executed now) in " + dir);
    print(r);
    return SweepCommand.exitCode(r.sweep());
  }

  static void print(ReproductionResult r) {
    System.out.println("claims:");
    for (Claim c : r.claims()) {
      System.out.println("  " + c.line());
    }
    System.out.println("report: " + r.report());
  }
}
