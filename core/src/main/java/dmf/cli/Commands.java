package dmf.cli;

import dmf.base.Printout;
import dmf.bench.BenchOptions;
import dmf.bench.Benchmark;
import dmf.bench.FlowCheck;
import dmf.bench.ScaleBench;
import dmf.experiment.InstanceFolders;
import dmf.experiment.ProblemKind;
import dmf.experiment.SolveOptions;
import dmf.experiment.Solvers;
import dmf.experiment.SweepOptions;
import dmf.experiment.TrainOptions;
import dmf.io.provenance.Provenance;
import dmf.io.store.RunText;
import dmf.io.store.SweepComparison;
import dmf.paper.ReproductionJob;
import dmf.paper.SweepPlot;
import dmf.problem.RatingsGenerator;
import dmf.problem.SolveProgress;
import dmf.ratings.Predictions;
import dmf.ratings.RatingsJobs;
import dmf.ratings.Recommendations;
import dmf.serve.DashboardServer;
import dmf.serve.ServeOptions;
import dmf.settings.SettingsTable;
import dmf.theory.CommutingReport;
import dmf.theory.Eq11Report;
import dmf.theory.SymmetricCommutingReport;
import dmf.theory.Theorem3Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The commands made from the settings tables of the library ({@link TableCommand}): each names its
 * tables and the library call it makes.
 */
final class Commands {
  private static final Map<String, List<String>> GEN_ALIASES =
      Map.of("symmetric", List.of("--psd"));

  private Commands() {}

  static CommandLine info() {
    return TableCommand.of(
        "info", 0, SettingsTable.of("info"), null, (o, s, st) -> out(Provenance.summary()));
  }

  static CommandLine gen(ProblemKind kind) {
    SettingsTable options =
        kind == ProblemKind.SENSING ? InstanceFolders.SENSING_OPTIONS : InstanceFolders.OPTIONS;
    return TableCommand.of(
        kind.table().name(),
        0,
        options,
        kind.table(),
        GEN_ALIASES,
        (o, s, st) -> InstanceFolders.write(kind, o, s));
  }

  static CommandLine genRatings() {
    return TableCommand.of(
        "ratings",
        0,
        InstanceFolders.OPTIONS,
        RatingsGenerator.TABLE,
        (o, s, st) -> InstanceFolders.writeRatings(o, s));
  }

  static CommandLine train() {
    return TableCommand.of("train", 0, TrainOptions.TABLE, Solvers.DMF, TrainOptions::train);
  }

  static CommandLine solve() {
    CommandLine c =
        TableCommand.raw(
            "solve",
            1,
            SolveOptions.TABLE,
            SettingsTable.of("solver"),
            Map.of(),
            (o, layers, flags, st) -> SolveOptions.solve(o, layers, st));
    c.getCommandSpec().aliases("baseline");
    return c;
  }

  static CommandLine sweep() {
    return TableCommand.of(
        "sweep", 1, SweepOptions.TABLE, null, (o, s, st) -> SweepOptions.run(o, st));
  }

  static CommandLine resultsList() {
    return TableCommand.of(
        "list", 1, RunText.LIST, null, (o, s, st) -> out(RunText.list(o.get(RunText.DIR))));
  }

  static CommandLine resultsShow() {
    return TableCommand.of(
        "show",
        2,
        RunText.SHOW,
        null,
        (o, s, st) ->
            out(List.of(RunText.show(o.get(RunText.DIR), o.get(RunText.ID)).stripTrailing())));
  }

  static CommandLine resultsExport() {
    return TableCommand.of(
        "export",
        1,
        RunText.EXPORT,
        null,
        (o, s, st) ->
            out(
                List.of(
                    RunText.export(
                        o.get(RunText.DIR), o.get(RunText.CSV), o.get(RunText.METRICS)))));
  }

  static CommandLine resultsCompare() {
    return TableCommand.of(
        "compare", 2, SweepComparison.TABLE, null, (o, s, st) -> SweepComparison.compare(o));
  }

  static CommandLine reproduce() {
    return TableCommand.of(
        "reproduce", 1, ReproductionJob.TABLE, null, (o, s, st) -> ReproductionJob.perform(o, st));
  }

  static CommandLine demo() {
    return TableCommand.of(
        "demo",
        0,
        SettingsTable.of("demo", ReproductionJob.DEMO_OUT),
        null,
        (o, s, st) -> ReproductionJob.demo(o.get(ReproductionJob.DEMO_OUT)).perform(false, st));
  }

  static CommandLine theorem3() {
    return TableCommand.of(
        "theorem3",
        0,
        SettingsTable.of("theorem3 options", Theorem3Report.OUT),
        Theorem3Report.TABLE,
        (o, s, st) -> Theorem3Report.of(s).run(o.get(Theorem3Report.OUT)).printout());
  }

  static CommandLine eq11() {
    return TableCommand.of(
        "eq11",
        0,
        SettingsTable.of("eq11 options", Eq11Report.OUT),
        Eq11Report.TABLE,
        (o, s, st) -> Eq11Report.of(s).run(o.get(Eq11Report.OUT)).printout());
  }

  static CommandLine commuting() {
    return TableCommand.of(
        "commuting",
        0,
        SettingsTable.of(
            "commuting options", SymmetricCommutingReport.SYMMETRIC, SymmetricCommutingReport.OUT),
        SymmetricCommutingReport.TABLE,
        (o, s, st) ->
            (o.get(SymmetricCommutingReport.SYMMETRIC)
                    ? SymmetricCommutingReport.of(s).run(o.get(SymmetricCommutingReport.OUT))
                    : CommutingReport.run(o.get(SymmetricCommutingReport.OUT)))
                .printout());
  }

  static CommandLine bench() {
    return TableCommand.of(
        "bench",
        0,
        BenchOptions.OPTIONS,
        BenchOptions.TABLE,
        (o, s, st) -> Benchmark.perform(o, s, System.out::println));
  }

  static CommandLine benchScale() {
    return TableCommand.of(
        "scale",
        0,
        ScaleBench.OPTIONS,
        ScaleBench.TABLE,
        (o, s, st) -> ScaleBench.perform(o, s, System.out::println));
  }

  /** {@code dmf flow-check}: each result as its runs end, the status line ended first. */
  static CommandLine flowCheck() {
    return TableCommand.of(
        "flow-check",
        0,
        SettingsTable.of("flow-check options", FlowCheck.OUT),
        FlowCheck.TABLE,
        (o, s, st) -> {
          FlowCheck check = FlowCheck.of(s);
          var rows =
              check.run(
                  label -> new SolveProgress(st, label, 1e-6),
                  text -> {
                    st.end();
                    System.out.println(text);
                  });
          if (o.get(FlowCheck.OUT) != null) {
            check.writeJson(rows, o.get(FlowCheck.OUT));
          }
          return Printout.of(List.of());
        });
  }

  static CommandLine fit() {
    return TableCommand.raw(
        "fit",
        0,
        RatingsJobs.FIT,
        RatingsJobs.FIT_SETTINGS,
        Map.of(),
        (o, layers, flags, st) ->
            RatingsJobs.report(RatingsJobs.fit(o, layers, flags, e -> e, st), o));
  }

  static CommandLine evaluate() {
    return TableCommand.of(
        "evaluate",
        0,
        RatingsJobs.EVALUATE,
        null,
        (o, s, st) -> RatingsJobs.evaluate(o, e -> e, st));
  }

  static CommandLine predict() {
    return TableCommand.of(
        "predict", 0, Predictions.TABLE, null, (o, s, st) -> Predictions.write(o));
  }

  static CommandLine recommend() {
    return TableCommand.of(
        "recommend", 0, Recommendations.TABLE, null, (o, s, st) -> out(Recommendations.lines(o)));
  }

  static CommandLine plot() {
    return TableCommand.of("plot", 1, SweepPlot.TABLE, null, (o, s, st) -> out(SweepPlot.plot(o)));
  }

  /** {@code dmf serve}: the line that says where it listens, printed at once; then it waits. */
  static CommandLine serve() {
    return TableCommand.of(
        "serve",
        1,
        ServeOptions.TABLE,
        null,
        (o, s, st) -> {
          DashboardServer.serve(
              o.get(ServeOptions.DIRS).stream().map(Path::of).toList(),
              o.get(ServeOptions.HOST),
              o.get(ServeOptions.PORT),
              o.get(ServeOptions.READ_ONLY),
              line -> {
                System.out.println(line);
                System.out.flush();
              });
          return Printout.of(List.of());
        });
  }

  private static Printout out(List<String> lines) {
    return Printout.of(lines);
  }
}
