package dmf.cli;

import dmf.base.ProgressListener;
import dmf.base.StageProgress;
import dmf.base.UserInputException;
import dmf.ratings.DeepEstimator;
import dmf.ratings.FitReport;
import dmf.ratings.MethodSettings;
import dmf.ratings.RatingsFit;
import dmf.settings.SettingsTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dmf fit}: fit a rating model on a ratings file and write a model folder. */
@Command(name = "fit", sortOptions = false)
final class FitCommand implements Callable<Integer>, TableOptions.Backed {
  @Spec CommandSpec spec;

  @Mixin RatingsDataOptions data;

  @Option(names = "--out", required = true)
  Path out;

  @Option(names = "--test")
  Path test;

  @Mixin RatingsSplitOptions split;

  @Option(names = "--method", defaultValue = "dmf")
  String method;

  @Mixin SettingsSources sources;

  @Option(names = {"-q", "--quiet"})
  boolean quiet;

  @Override
  public SettingsTable table() {
    return DeepEstimator.TABLE;
  }

  @Override
  public Set<String> skip() {
    return Set.of("seed");
  }

  @Override
  public Map<String, List<String>> aliases() {
    return Map.of("widths", List.of("--width"));
  }

  @Override
  public Integer call() {
    Map<String, Object> settings =
        MethodSettings.forFit(
            method, TableOptions.given(spec, table()), sources.layers(), split.seed);
    if (test != null && split.testFraction != null) {
      throw new UserInputException("give --test FILE or --test-fraction, not both");
    }
    StatusLine status = new StatusLine();
    ProgressListener progress = quiet ? ProgressListener.NONE : new StageProgress(status);
    RatingsFit.Outcome o =
        RatingsFit.run(
            data.source(), test, split.plan(0), method, settings, split.coldStart(), out, progress);
    status.finish();
    FitReport.lines(o, data.data, out).forEach(System.out::println);
    return 0;
  }
}
