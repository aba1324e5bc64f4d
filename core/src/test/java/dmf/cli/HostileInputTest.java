package dmf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dmf.io.Json;
import dmf.io.npy.Npy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line under hostile input, one parameterized test per kind of fault, each case run
 * in-process through {@link Main#execute}. Every case ends in exit 0 with a checked result, or in
 * its exit code (2 for the user's mistakes) with exactly one line starting {@code dmf:} that names
 * the value, file or line at fault and no stack trace; none takes 60 s; none writes outside its own
 * output folder {@code @o} (the sandbox and the working folder are compared before and after).
 */
class HostileInputTest {
  @TempDir static Path root;
  static Sandbox box;
  static boolean fifo;

  /** A command line and what it must do. */
  record Case(String name, List<String> args, int exit, String fragment, Check check) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A check of a successful case's output folder. */
  interface Check {
    void verify(Path out, Cli result) throws Exception;
  }

  /** Shorthands in command lines of the case tables. */
  static final Map<String, String> MACROS =
      Map.of(
          "TRAIN", "train -q --out @o --max-iters 5 --instance",
          "SOLVE", "solve --instance @comp --out @o",
          "GENC", "gen completion --out @o",
          "GENS", "gen sensing --out @o",
          "SWEEP", "sweep --out @o");

  /**
   * Cases from a table, one a line: {@code name | expected exit | fragment of the one error line |
   * command line}. Command lines split at spaces; {@code 'text'} is one argument (possibly empty);
   * {@code @x} names the sandbox's file x and {@code @o} the case's output folder; the words of
   * {@link #MACROS} expand.
   */
  static Stream<Case> table(String text) {
    List<Case> out = new ArrayList<>();
    for (String line : text.strip().split("\n")) {
      String[] f = line.split("\\|", 4);
      List<String> args = new ArrayList<>();
      Matcher m = TOKEN.matcher(f[3].strip());
      while (m.find()) {
        String t = m.group();
        if (t.startsWith("'")) {
          args.add(t.substring(1, t.length() - 1));
        } else if (MACROS.containsKey(t)) {
          args.addAll(List.of(MACROS.get(t).split(" ")));
        } else {
          args.add(t);
        }
      }
      out.add(new Case(f[0].strip(), args, Integer.parseInt(f[1].strip()), f[2].strip(), null));
    }
    return out.stream();
  }

  private static final Pattern TOKEN = Pattern.compile("'[^']*'|\\S+");

  static Case ok(String name, Check check, String commandLine) {
    Case c = table(name + " | 0 | | " + commandLine).findFirst().orElseThrow();
    return new Case(name, c.args(), 0, "", check);
  }

  @BeforeAll
  static void sandbox() throws Exception {
    box = new Sandbox(root);
    Files.createDirectories(root.resolve("out"));
    gen("completion", "comp", "--rows", "8", "--cols", "7", "--rank", "2", "--observations", "30");
    gen("sensing", "sens", "--rows", "6", "--cols", "6", "--rank", "1", "--measurements", "30");
    gen("completion", "mid");
    box.write("file.txt", "not a folder\n");
    Files.createDirectories(root.resolve("emptydir"));
    for (String bad : List.of("nanstar", "infstar", "corrupt", "nocols", "truncated", "floatidx")) {
      copy(root.resolve("comp"), root.resolve(bad));
    }
    double[] w = Npy.read(root.resolve("comp/w_star.npy")).asDoubles();
    w[3] = Double.NaN;
    Npy.writeFloat64(root.resolve("nanstar/w_star.npy"), new long[] {8, 7}, w);
    w[3] = Double.POSITIVE_INFINITY;
    Npy.writeFloat64(root.resolve("infstar/w_star.npy"), new long[] {8, 7}, w);
    Files.writeString(root.resolve("corrupt/rows.npy"), "garbage");
    Files.delete(root.resolve("nocols/cols.npy"));
    byte[] v = Files.readAllBytes(root.resolve("comp/values.npy"));
    Files.write(root.resolve("truncated/values.npy"), Arrays.copyOf(v, v.length - 20));
    Npy.writeFloat64(root.resolve("floatidx/rows.npy"), new long[] {30}, new double[30]);
    copy(root.resolve("comp"), root.resolve("mixed"));
    Files.copy(root.resolve("sens/A.npy"), root.resolve("mixed/A.npy"));
    Files.copy(root.resolve("sens/y.npy"), root.resolve("mixed/y.npy"));
    fifo = box.fifo("fifo");
    box.write("ratings.data", "1\t1\t5\t0\n1\t2\t3\t0\n2\t1\t4\t0\n2\t2\t1\t0\n");
    box.write("bad.data", "1\t1\t5\t0\n1\t2\n");
    box.write(
        "sweep.toml",
        "name = \"good\"\nrepeats = 2\n[base]\nrows = 6\ncols = 5\nrank = 2\nobservations = 20\n"
            + "max_iters = 5\n");
    Cli s = Cli.run("sweep", root.resolve("sweep.toml").toString(), "--out", root + "/sweep", "-q");
    if (s.exit != 0) {
      s = Cli.run("sweep", root.resolve("sweep.toml").toString(), "--out", root + "/sweep");
    }
    assertEquals(0, s.exit, s.err);
    Files.write(root.resolve("empty.db"), new byte[0]);
    box.write("garbage.db", "this is not a database\n".repeat(50));
    byte[] db = Files.readAllBytes(root.resolve("sweep/results.db"));
    Files.write(root.resolve("truncated.db"), Arrays.copyOf(db, 4096 + 100));
    box.sqlite("foreign.db", "CREATE TABLE people (name TEXT)", "INSERT INTO people VALUES ('a')");
    box.sqlite("wrongcols.db", "CREATE TABLE runs (x)", "CREATE TABLE metrics (y)");
    box.sqlite("newer.db", "CREATE TABLE runs (x)", "PRAGMA user_version = 99");
    writeSpecs();
  }

  static void gen(String kind, String dir, String... more) {
    List<String> a = new ArrayList<>(List.of("gen", kind, "--out", root.resolve(dir).toString()));
    a.addAll(List.of(more));
    Cli r = Cli.run(a.toArray(String[]::new));
    assertEquals(0, r.exit, r.err);
  }

  static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  static final String BASE = "[base]\nrows = 6\ncols = 5\nrank = 2\nobservations = 20\n";

  static void writeSpecs() throws Exception {
    box.write("specs/empty.toml", "");
    box.write("specs/comments.toml", "# nothing but a comment\n");
    box.write("specs/badtoml.toml", "name = \"x\"\n[base\nrows = 3\n");
    Files.write(
        root.resolve("specs/latin1.toml"),
        ("name = \"x\"\n# caf" + (char) 0xe9 + "\n" + BASE).getBytes(StandardCharsets.ISO_8859_1));
    Files.write(
        root.resolve("specs/bom.toml"),
        ("\ufeffname = \"bom\"\n" + BASE + "max_iters = 2\n").getBytes(StandardCharsets.UTF_8));
    box.write("specs/noname.toml", "name = \"\"\n" + BASE);
    box.write("specs/escape.toml", "name = \"../../x\"\n" + BASE);
    box.write("specs/slash.toml", "name = \"a/b\"\n" + BASE);
    box.write("specs/hidden.toml", "name = \".x\"\n" + BASE);
    box.write("specs/numbername.toml", "name = [1]\n" + BASE);
    box.write("specs/variants.toml", "name = \"v\"\nvariants = [1, 2]\n" + BASE);
    box.write("specs/gridscalar.toml", "name = \"g\"\n" + BASE + "[grid]\ndepth = 3\n");
    box.write("specs/gridempty.toml", "name = \"g\"\n" + BASE + "[grid]\ndepth = []\n");
    box.write("specs/topkey.toml", "name = \"t\"\nsolvers = 3\n" + BASE);
    box.write("specs/basescalar.toml", "name = \"t\"\nbase = 3\n");
    box.write("specs/kind.toml", "name = \"k\"\n[base]\nkind = \"bogus\"\n");
    box.write("specs/obs.toml", "name = \"o\"\n" + BASE + "[grid]\nobservations = [20, 31]\n");
    box.write("specs/nodata.toml", "name = \"r\"\n[base]\nkind = \"ratings\"\n");
    box.write(
        "specs/missingdata.toml",
        "name = \"r\"\n[base]\nkind = \"ratings\"\ndata = \"" + root + "/nope.data\"\n");
    box.write(
        "specs/baddata.toml",
        "name = \"r\"\n[base]\nkind = \"ratings\"\ndata = \"" + root + "/bad.data\"\n");
    box.write(
        "specs/toomany.toml",
        "name = \"r\"\n[base]\nkind = \"ratings\"\nobservations = 5\ndata = \""
            + root
            + "/ratings.data\"\n");
    box.write(
        "specs/solver.toml", "name = \"s\"\n" + BASE + "[[variants]]\nsolver = \"nucelar\"\n");
    box.write("specs/seed.toml", "name = \"s\"\nseed = \"abc\"\n" + BASE);
    box.write("specs/repeats0.toml", "name = \"s\"\nrepeats = 0\n" + BASE);
    box.write("specs/repeatsbig.toml", "name = \"s\"\nrepeats = 1000000000\n" + BASE);
    StringBuilder axis = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      axis.append(i == 1 ? "" : ", ").append(i);
    }
    box.write(
        "specs/grid1e6.toml",
        "name = \"big\"\n" + BASE + "[grid]\nseed = [" + axis + "]\nmax_iters = [" + axis + "]\n");
    box.write("specs/nolr.toml", "name = \"s\"\n" + BASE + "lr = nan\n");
    box.write("specs/neglr.toml", "name = \"s\"\n" + BASE + "lr = -1\n");
    box.write("specs/unknown.toml", "name = \"s\"\n" + BASE + "dpeth = 3\n");
    box.write("specs/unused.toml", "name = \"s\"\n" + BASE + "als_rank = 3\n");
    box.write("specs/depthstr.toml", "name = \"s\"\n" + BASE + "depth = \"three\"\n");
    box.write(
        "specs/noinstance.toml",
        "name = \"s\"\n[base]\nkind = \"instance\"\ninstance = \"" + root + "/nowhere\"\n");
    box.write(
        "specs/psdrank.toml", "name = \"s\"\n[base]\nkind = \"psd_sensing\"\nrows = 4\nrank = 5\n");
    box.write(
        "specs/psdhuge.toml",
        "name = \"s\"\n[base]\nkind = \"psd_sensing\"\nrows = 100000\nsolver = \"psd_gd\"\n");
    box.write("specs/widths.toml", "name = \"s\"\n" + BASE + "widths = [100000, 100000]\n");
    box.write(
        "specs/failing.toml",
        "name = \"f\"\n[base]\nkind = \"instance\"\nmax_iters = 3\n[grid]\ninstance = [\""
            + root
            + "/corrupt\", \""
            + root
            + "/comp\"]\n");
    box.write(
        "specs/good.toml", "name = \"ok\"\n" + BASE + "max_iters = 3\n[grid]\ndepth = [1, 2]\n");
    box.write("config/unknown.toml", "depth = 2\nmomentum = 0.9\n");
    box.write("config/bad.toml", "depth = = 2\n");
    box.write("config/table.toml", "[dmf]\ndepth = 2\n");
    box.write("config/nan.toml", "lr = nan\n");
  }

  void run(Case c) throws Exception {
    Map<String, String> before = box.snapshot(c.name());
    Cli r = Cli.run(box.args(c.name(), c.args()));
    Sandbox.assertUnchanged(before, box.snapshot(c.name()));
    if (c.exit() == 0) {
      assertEquals(0, r.exit, "stderr: " + r.err);
      if (c.check() != null) {
        c.check().verify(box.output(c.name()), r);
      }
      return;
    }
    assertEquals(c.exit(), r.exit, "exit code; stderr: " + r.err + "\nstdout: " + r.out);
    String line = Sandbox.oneLine(r);
    String fragment = c.fragment().replace("{root}", root.toString());
    assertTrue(line.contains(fragment), "'" + fragment + "' in: " + line);
  }

  /** A case's arguments with {run} replaced by the id of a run of the sandbox's sweep. */
  static Case withRun(Case c) throws Exception {
    String run;
    try (Stream<Path> s = Files.list(root.resolve("sweep/runs"))) {
      run = s.findFirst().orElseThrow().getFileName().toString();
    }
    List<String> args = c.args().stream().map(a -> a.replace("{run}", run)).toList();
    return new Case(c.name(), args, c.exit(), c.fragment(), c.check());
  }

  static Stream<Case> settings() {
    return table(
        """
        lr-nan              | 2 | lr must be a finite number, got 'NaN'     | TRAIN @comp --lr NaN
        lr-inf              | 2 | lr must be a finite number                | TRAIN @comp --lr Infinity
        lr-negative         | 2 | lr must be > 0, got -1                    | TRAIN @comp --lr -1
        lr-zero             | 2 | lr must be > 0, got 0                     | TRAIN @comp --lr 0
        lr-text             | 2 | lr must be a number, got 'fast'           | TRAIN @comp --lr fast
        threshold-nan       | 2 | loss_threshold must be a finite number    | TRAIN @comp --loss-threshold NaN
        threshold-negative  | 2 | loss_threshold must be ≥ 0                | TRAIN @comp --loss-threshold -1e-3
        max-iters-negative  | 2 | max_iters must be ≥ 0, got -5             | TRAIN @comp --set max_iters=-5
        max-iters-fraction  | 2 | max_iters must be an integer, got '2.5'   | TRAIN @comp --set max_iters=2.5
        depth-zero          | 2 | depth must be ≥ 1, got 0                  | TRAIN @comp --depth 0
        depth-text          | 2 | depth must be an integer, got 'abc'       | TRAIN @comp --depth abc
        depth-past-int      | 2 | depth must be an integer below            | TRAIN @comp --depth 99999999999
        time-limit-negative | 2 | time_limit must be ≥ 0                    | TRAIN @comp --time-limit -1
        init-scale-zero     | 2 | init_scale must be > 0                    | TRAIN @comp --init-scale 0
        alpha-one           | 2 | alpha must be > 0, < 1, got 1                  | TRAIN @comp --alpha 1
        eps-negative        | 2 | eps must be > 0                           | TRAIN @comp --eps -1e-8
        beta2-nan-lowercase | 2 | beta2 must be a number, got 'nan'         | TRAIN @comp --beta2 nan
        divergence-below-1  | 2 | divergence_factor must be ≥ 1             | TRAIN @comp --divergence-factor 0.5
        log-every-zero      | 2 | log_every must be ≥ 1, got 0              | TRAIN @comp --log-every 0
        top-k-huge          | 2 | top_k must be ≥ 0, ≤ 100000                    | TRAIN @comp --top-k 1000000
        widths-zero         | 2 | widths must be a list of integers ≥ 1     | TRAIN @comp --widths 0,3
        widths-text         | 2 | widths must be an integer, got 'x'        | TRAIN @comp --widths x,3
        widths-count        | 2 | widths must list depth-1 = 2 hidden widths | TRAIN @comp --widths 4,4,4
        precision           | 2 | unknown precision 'float16'               | TRAIN @comp --precision float16
        optimizer           | 2 | unknown optimizer 'momentum'              | TRAIN @comp --optimizer momentum
        init                | 2 | unknown init 'zeros'                      | TRAIN @comp --init zeros
        set-unknown         | 2 | unknown setting 'lrr' for dmf (did you mean lr?) | TRAIN @comp --set lrr=1
        set-other-solver    | 2 | unknown setting 'als_rank' for dmf        | TRAIN @comp --set als_rank=3
        set-no-equals       | 2 | --set expects key=value, got 'depth'      | TRAIN @comp --set depth
        set-conflict        | 2 | depth is given twice with different values | TRAIN @comp --depth 2 --set depth=3
        set-bad-overridden  | 2 | --set depth=three: depth must be an integer | TRAIN @comp --set depth=three --depth 2
        unknown-flag        | 2 | --learning-rate                           | TRAIN @comp --learning-rate 1
        config-unknown      | 2 | unknown setting 'momentum'                | TRAIN @comp --config @config/unknown.toml
        config-bad          | 2 | bad.toml: invalid TOML at line 1          | TRAIN @comp --config @config/bad.toml
        config-table        | 2 | tables are not supported ([dmf])          | TRAIN @comp --config @config/table.toml
        config-nan          | 2 | lr must be a finite number                | TRAIN @comp --config @config/nan.toml
        config-missing      | 2 | nope.toml: no such config file            | TRAIN @comp --config @config/nope.toml
        config-folder       | 2 | is a folder, not a config file            | TRAIN @comp --config @config
        init-from-missing   | 2 | nowhere                                   | TRAIN @comp --init-from @nowhere
        als-rank-zero       | 2 | als_rank must be ≥ 1, got 0               | SOLVE als --set als_rank=0
        als-rank-key        | 2 | unknown setting 'rank' for als (did you mean als_rank?) | SOLVE als --set rank=3
        als-lambda-negative | 2 | als_lambda must be ≥ 0                    | SOLVE als --set als_lambda=-1
        softimpute-path-0   | 2 | path_length must be ≥ 1, got 0            | SOLVE softimpute --set path_length=0
        softimpute-lambda-neg | 2 | lambda_min must be > 0                  | SOLVE softimpute --set lambda_min=-1
        softimpute-lambda-1 | 2 | lambda_min must be > 0, < 1                    | SOLVE softimpute --set lambda_min=1
        softimpute-lambda-nan | 2 | lambda_min must be a finite number      | SOLVE softimpute --set lambda_min=NaN
        svt-delta-negative  | 2 | delta must be ≥ 0                         | SOLVE svt --set delta=-1
        svt-tol-nan         | 2 | tol must be a finite number               | SOLVE svt --set tol=NaN
        svt-iters-zero      | 2 | max_iters must be ≥ 1, got 0              | SOLVE svt --set max_iters=0
        nuclear-gap-zero    | 2 | gap_tol must be > 0                       | SOLVE nuclear --set gap_tol=0
        nuclear-tau-nan     | 2 | tau must be a finite number               | SOLVE nuclear --tau NaN
        nuclear-psd-text    | 2 | psd must be true or false, got 'maybe'    | SOLVE nuclear --set psd=maybe
        nuclear-psd-rect    | 2 | the PSD form needs a square matrix, got 8x7 | SOLVE nuclear --psd
        symmetric-step      | 2 | unknown step 'bogus'                      | SOLVE symmetric --set step=bogus
        symmetric-width-neg | 2 | width must be ≥ 0                         | SOLVE symmetric --set width=-1
        psd-gd-iters        | 2 | max_iters must be ≥ 0                     | SOLVE psd_gd --set max_iters=-1
        svd-init-lr         | 2 | lr must be > 0                            | SOLVE svd_init --set lr=0
        unknown-solver      | 2 | unknown solver 'nucelar' (did you mean nuclear?) | SOLVE nucelar
        solve-no-instance   | 2 | dmf solve needs --instance DIR and --out DIR | solve svt --out @o
        gen-rows-zero       | 2 | rows must be ≥ 1, got 0                   | GENC --rows 0
        gen-rank-zero       | 2 | rank must be ≥ 1, got 0                   | GENC --rank 0
        gen-rank-too-big    | 2 | rank 6 exceeds min(rows, cols) = 5        | GENC --rows 5 --cols 5 --rank 6
        gen-observations-0  | 2 | observations must be ≥ 1, got 0           | GENC --observations 0
        gen-observations-many | 2 | observations = 10 exceeds the 9 entries of a 3x3 matrix | GENC --rows 3 --cols 3 --rank 1 --observations 10
        gen-seed-text       | 2 | problem_seed must be an integer, got 'abc' | GENC --seed abc
        gen-foreign-key     | 2 | unknown setting 'depth' for completion    | GENC --set depth=3
        gen-measurements-neg | 2 | measurements must be ≥ 1, got -1         | GENS --measurements -1
        gen-psd-rectangular | 2 | symmetric = true needs rows = cols, got 3x4 | GENC --psd true --rows 3 --cols 4 --rank 1 --observations 5
        gen-a-from-missing  | 2 | nope.npy: no such file                    | GENS --a-from @nope.npy
        gen-a-from-folder   | 2 | is a directory, not an npy file           | GENS --a-from @comp
        gen-a-from-shape    | 2 | expected a 3-d array, found shape (8, 7) | GENS --a-from @comp/w_star.npy
        sweep-lr-nan        | 2 | lr must be a finite number                | SWEEP @specs/nolr.toml
        sweep-lr-negative   | 2 | lr must be > 0, got -1                    | SWEEP @specs/neglr.toml
        sweep-unknown-key   | 2 | unknown setting 'dpeth' (did you mean depth?) | SWEEP @specs/unknown.toml
        sweep-unused-key    | 2 | setting 'als_rank' is not used by any run of sweep s | SWEEP @specs/unused.toml
        sweep-depth-text    | 2 | depth must be an integer, got 'three'     | SWEEP @specs/depthstr.toml
        sweep-workers-zero  | 2 | workers must be ≥ 1, ≤ 1024, got 0                | SWEEP @specs/good.toml --workers 0
        sweep-workers-neg   | 2 | workers must be ≥ 1, ≤ 1024, got -2               | SWEEP @specs/good.toml --workers -2
        sweep-workers-text  | 2 | workers must be an integer, got 'many'    | SWEEP @specs/good.toml --workers many
        sweep-workers-huge  | 2 | workers must be ≥ 1, ≤ 1024                    | SWEEP @specs/good.toml --workers 100000
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void settings(Case c) throws Exception {
    run(c);
  }

  static Stream<Case> sizes() {
    return table(
        """
        gen-1e5-square   | 2 | W* would be a dense 100000x100000 matrix of 74.5 GiB | GENS --rows 100000 --cols 100000
        gen-2e9-rows     | 2 | a 2000000000x100 completion problem needs about 74.5 GiB | GENC --rows 2000000000
        gen-3e9-rows     | 2 | rows must be an integer below 2147483647  | GENC --rows 3000000000
        gen-heap         | 2 | a 30000x30000 completion problem needs about | GENC --rows 30000 --cols 30000 --observations 400000000
        gen-sensing-heap | 2 | a 100x100 sensing problem needs about     | GENS --measurements 100000
        gen-sensing-array | 2 | measurement matrices of 1000x1000 entries would be one array | GENS --rows 1000 --cols 1000 --measurements 5000
        gen-obs-overflow | 2 | observations must be an integer below     | GENC --observations 2147483648
        train-widths     | 2 | factor W_2 would be a dense 100000x100000 matrix | TRAIN @mid --widths 100000,100000
        train-depth      | 2 | solver dmf on a 100x100 problem needs about | TRAIN @mid --depth 100000
        train-wide       | 2 | solver dmf on a 100x100 problem needs about | TRAIN @mid --widths 30000
        als-rank-huge    | 2 | als_rank = 100000 exceeds min(rows, cols) = 7 | SOLVE als --set als_rank=100000
        als-rank-wide    | 2 | als_rank = 20000 exceeds min(rows, cols) = 7 | SOLVE als --set als_rank=20000
        sweep-psd-huge   | 2 | X* would be a dense 100000x100000 matrix  | SWEEP @specs/psdhuge.toml
        sweep-widths     | 2 | factor W_2 would be a dense 100000x100000 matrix | SWEEP @specs/widths.toml
        sweep-grid-1e6   | 2 | sweep big would hold 1000000 runs (1 variant(s) × grid 1000×1000 × 1 repeat(s)) | SWEEP @specs/grid1e6.toml
        sweep-repeats-1e9 | 2 | repeats must be ≥ 1, ≤ 10000, got 1000000000| SWEEP @specs/repeatsbig.toml
        sweep-repeats-0  | 2 | repeats must be ≥ 1, ≤ 10000, got 0                | SWEEP @specs/repeats0.toml
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void sizes(Case c) throws Exception {
    run(c);
  }

  static Stream<Case> outputs() {
    return Stream.concat(
        table(
            """
            gen-out-empty       | 2 | --out must name a folder, got ''      | gen completion --out ''
            gen-out-blank       | 2 | --out must name a folder              | gen completion --out ' '
            gen-sens-into-comp  | 2 | --out {root}/comp: holds a completion instance; writing a sensing instance | gen sensing --out @comp
            gen-comp-into-sens  | 2 | holds a sensing instance; writing a completion instance | gen completion --out @sens
            gen-into-file       | 2 | holds a file, not a folder            | gen completion --out @file.txt
            gen-below-file      | 2 | file.txt is a file, not a folder      | gen completion --out @file.txt/sub
            gen-into-sweep      | 2 | holds a sweep folder                  | gen completion --out @sweep
            gen-into-run        | 2 | holds a run's result folder           | gen completion --out @sweep/runs/{run}
            train-into-instance | 2 | --out {root}/comp: holds a completion instance; writing a run's results | train -q --instance @comp --out @comp
            train-into-file     | 2 | holds a file, not a folder            | train -q --instance @comp --out @file.txt
            train-into-sweep    | 2 | holds a sweep folder                  | train -q --instance @comp --out @sweep
            train-out-empty     | 2 | --out must name a folder              | train -q --instance @comp --out ''
            solve-into-instance | 2 | holds a sensing instance              | solve nuclear --instance @comp --out @sens
            solve-below-file    | 2 | is a file, not a folder               | solve svt --instance @comp --out @file.txt/x
            sweep-into-instance | 2 | holds a completion instance; writing a sweep | sweep @specs/good.toml --out @comp
            sweep-into-file     | 2 | holds a file, not a folder            | sweep @specs/good.toml --out @file.txt
            sweep-into-run      | 2 | holds a run's result folder           | sweep @specs/good.toml --out @sweep/runs/{run}
            sweep-name-escape   | 2 | name must be a plain folder name      | sweep @specs/escape.toml
            sweep-name-empty    | 2 | got ''                                | sweep @specs/noname.toml
            sweep-name-slash    | 2 | got 'a/b'                             | sweep @specs/slash.toml
            sweep-name-hidden   | 2 | got '.x'                              | sweep @specs/hidden.toml
            sweep-escape-dry    | 2 | name must be a plain folder name      | sweep @specs/escape.toml --dry-run
            export-into-folder  | 2 | --csv {root}/sweep: is a folder, not a file | results export @sweep --csv @sweep
            export-empty-name   | 2 | --csv must name a file                | results export @sweep --csv ''
            export-below-file   | 2 | file.txt is a file, not a folder      | results export @sweep --csv @file.txt/x.csv
            """),
        Stream.of(
            ok(
                "gen-fresh",
                (o, r) -> assertTrue(Files.exists(o.resolve("values.npy"))),
                "GENC --rows 5 --cols 4 --rank 1 --observations 8"),
            ok(
                "gen-nested",
                (o, r) -> assertTrue(Files.exists(o.resolve("a/b/values.npy"))),
                "gen completion --rows 5 --cols 4 --rank 1 --observations 8 --out @o/a/b"),
            ok(
                "export-fresh",
                (o, r) -> assertEquals(3, Files.readAllLines(o.resolve("runs.csv")).size()),
                "results export @sweep --csv @o/runs.csv"),
            ok(
                "train-fresh",
                (o, r) -> assertTrue(Files.exists(o.resolve("summary.json"))),
                "TRAIN @comp")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void outputs(Case c) throws Exception {
    run(withRun(c));
  }

  static Stream<Case> reads() {
    return Stream.concat(
        table(
            """
            list-empty-file    | 2 | empty.db: empty file, not a results database | results list @empty.db
            list-garbage       | 2 | garbage.db: not a results database (not SQLite) | results list @garbage.db
            list-truncated     | 2 | truncated.db: the results database is corrupt | results list @truncated.db
            list-foreign       | 2 | foreign.db: not a dmf results database (it has no dmf results tables) | results list @foreign.db
            list-wrong-columns | 2 | wrongcols.db: not a dmf results database | results list @wrongcols.db
            list-newer         | 2 | newer.db has results schema version 99; this dmf understands up to 1 | results list @newer.db
            list-missing       | 2 | missing.db: no results database         | results list @missing.db
            list-no-db-folder  | 2 | comp/results.db: no results database    | results list @comp
            show-no-run        | 2 | no run 'nope'                           | results show @sweep nope
            show-truncated     | 2 | the results database is corrupt         | results show @truncated.db x
            export-empty       | 2 | empty file, not a results database      | results export @empty.db --csv @o/x.csv
            export-foreign     | 2 | not a dmf results database              | results export @foreign.db --csv @o/x.csv
            export-truncated   | 2 | corrupt                                 | results export @truncated.db --metrics --csv @o/x.csv
            """),
        Stream.of(
            ok(
                "list-sweep",
                (o, r) -> assertEquals(3, r.out.lines().count(), r.out),
                "results list @sweep"),
            ok(
                "list-db-file",
                (o, r) -> assertEquals(3, r.out.lines().count(), r.out),
                "results list @sweep/results.db"),
            ok(
                "show-run",
                (o, r) -> assertTrue(r.out.contains("\"status\" : \"completed\"")),
                "results show @sweep {run}"),
            ok(
                "export-metrics",
                (o, r) ->
                    assertTrue(
                        Files.readString(o.resolve("m.csv"))
                            .startsWith("run_id,iteration,name,value")),
                "results export @sweep --metrics --csv @o/m.csv")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void reads(Case c) throws Exception {
    run(withRun(c));
  }

  static Stream<Case> pipes() {
    return table(
        """
        list-fifo   | 2 | fifo: not a results database (not a regular file) | results list @fifo
        sweep-fifo  | 2 | fifo: not a regular file (a sweep file must be one) | sweep @fifo
        config-fifo | 2 | fifo: not a regular file (a config file must be one) | TRAIN @comp --config @fifo
        npy-fifo    | 2 | fifo: not a regular file, not an npy file | GENS --a-from @fifo
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void pipes(Case c) throws Exception {
    assumeTrue(fifo, "mkfifo is not available");
    run(c);
  }

  static Stream<Case> specs() {
    return Stream.concat(
        table(
            """
            dev-null       | 2 | /dev/null: not a regular file (a sweep file must be one) | SWEEP /dev/null
            empty          | 2 | empty.toml: empty sweep file            | SWEEP @specs/empty.toml
            only-comments  | 2 | comments.toml: empty sweep file         | SWEEP @specs/comments.toml
            missing        | 2 | nope.toml: no such sweep file           | SWEEP @specs/nope.toml
            folder         | 2 | is a folder, not a sweep file           | SWEEP @specs
            latin1         | 2 | latin1.toml: not UTF-8 text (line 2, byte 6) | SWEEP @specs/latin1.toml
            bad-toml       | 2 | badtoml.toml: invalid TOML at line 2    | SWEEP @specs/badtoml.toml
            variants       | 2 | each [[variants]] entry must be a table, got 1 | SWEEP @specs/variants.toml
            grid-scalar    | 2 | grid axis 'depth' must be a non-empty list | SWEEP @specs/gridscalar.toml
            grid-empty     | 2 | grid axis 'depth' must be a non-empty list | SWEEP @specs/gridempty.toml
            top-level-key  | 2 | unknown key 'solvers'                   | SWEEP @specs/topkey.toml
            base-scalar    | 2 | [base] must be a table                  | SWEEP @specs/basescalar.toml
            kind           | 2 | unknown kind 'bogus' (expected one of completion, sensing, psd_sensing, ratings, instance) | SWEEP @specs/kind.toml
            observations   | 2 | observations = 31 exceeds the 30 entries of a 6x5 matrix | SWEEP @specs/obs.toml
            ratings-no-data | 2 | kind = ratings needs data = PATH       | SWEEP @specs/nodata.toml
            ratings-missing | 2 | nope.data: no such file (data)         | SWEEP @specs/missingdata.toml
            ratings-bad    | 2 | bad.data:2:                             | SWEEP @specs/baddata.toml
            ratings-too-many | 2 | observations = 5 exceeds the 4 ratings in | SWEEP @specs/toomany.toml
            solver         | 2 | unknown solver 'nucelar' (did you mean nuclear?) | SWEEP @specs/solver.toml
            seed-text      | 2 | seed must be an integer, got 'abc'      | SWEEP @specs/seed.toml
            name-list      | 2 | got '[1]'                               | SWEEP @specs/numbername.toml
            instance-missing | 2 | nowhere: no such instance folder      | SWEEP @specs/noinstance.toml
            psd-rank       | 2 | psd_sensing needs rank ≤ rows, got rank 5 > 4 | SWEEP @specs/psdrank.toml
            """),
        Stream.of(
            ok(
                "bom",
                (o, r) -> assertTrue(r.out.contains("1 runs"), r.out),
                "SWEEP @specs/bom.toml --dry-run"),
            ok(
                "dry-run-writes-nothing",
                (o, r) -> assertFalse(Files.exists(o)),
                "SWEEP @specs/good.toml --dry-run")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void specs(Case c) throws Exception {
    run(c);
  }

  static Stream<Case> instances() {
    return table(
        """
        nan-truth       | 2 | nanstar/w_star.npy: entry (0, 3) is NaN; the ground truth must be finite | TRAIN @nanstar
        inf-truth       | 2 | infstar/w_star.npy: entry (0, 3) is Infinity | TRAIN @infstar
        corrupt-npy     | 2 | corrupt/rows.npy: not an npy file        | TRAIN @corrupt
        missing-npy     | 2 | nocols/cols.npy: no such file            | TRAIN @nocols
        truncated-npy   | 2 | truncated/values.npy                     | TRAIN @truncated
        float-indices   | 2 | floatidx/rows.npy                        | TRAIN @floatidx
        mixed-folder    | 2 | expected either rows.npy/cols.npy/values.npy (completion) or A.npy/y.npy (sensing) | TRAIN @mixed
        instance-file   | 2 | file.txt: no such instance folder        | TRAIN @file.txt
        instance-missing | 2 | nowhere: no such instance folder        | TRAIN @nowhere
        instance-empty  | 2 | emptydir: not an instance folder (it holds an empty folder | TRAIN @emptydir
        instance-sweep  | 2 | sweep: not an instance folder (it holds a sweep folder | TRAIN @sweep
        solve-nan-truth | 2 | entry (0, 3) is NaN                      | solve svt --instance @nanstar --out @o
        completion-only | 2 | svt                                      | solve svt --instance @sens --out @o
        """);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void instances(Case c) throws Exception {
    run(c);
  }

  /** A successful run whose summary (and first line of output) has the stop reason given. */
  static Case stops(String name, String reason, String commandLine) {
    return ok(
        name,
        (o, r) -> {
          Map<String, Object> s = Json.readObject(o.resolve("summary.json"));
          assertEquals(reason, s.get("stop_reason"), "summary: " + s);
          assertTrue(r.out.startsWith(reason + " after"), r.out);
        },
        commandLine);
  }

  static Stream<Case> honesty() {
    return Stream.of(
        stops("svt-huge-step", "diverged", "SOLVE svt --set delta=1e6"),
        stops("svt-large-step", "diverged", "SOLVE svt --set delta=50"),
        stops("als-huge-lambda", "degenerate", "SOLVE als --set als_lambda=1e12 --set als_rank=2"),
        stops(
            "softimpute-lambda-near-1",
            "degenerate",
            "SOLVE softimpute --set lambda_min=0.99999999 --set path_length=1"),
        stops("nuclear-huge-tau", "degenerate", "SOLVE nuclear --tau 1e6"),
        stops("dmf-huge-lr", "diverged", "TRAIN @comp --lr 1e6 --optimizer gd"),
        stops(
            "symmetric-huge-lr",
            "diverged",
            "solve symmetric --instance @sens --out @o --set lr=1e8 --set max_iters=200"),
        stops(
            "symmetric-zero-start",
            "stationary",
            "solve symmetric --instance @sens --out @o --set init_scale=0 --set max_iters=50"),
        stops(
            "psd-gd-budget",
            "max_iters",
            "solve psd_gd --instance @sens --out @o --set max_iters=50"),
        stops("dmf-max-iters", "max_iters", "TRAIN @comp"),
        stops("dmf-zero-iters", "max_iters", "train -q --instance @comp --out @o --max-iters 0"),
        stops("nuclear-optimal", "optimal", "SOLVE nuclear"),
        stops("svt-default", "converged", "SOLVE svt"),
        stops("als-default", "converged", "SOLVE als --set als_rank=2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void honesty(Case c) throws Exception {
    run(c);
  }

  static Stream<Case> sweepRuns() {
    return Stream.concat(
        table(
            """
            user-error-keep-going | 2 | failed (user): {root}/corrupt/rows.npy: not an npy file | SWEEP @specs/failing.toml --keep-going --workers 1
            user-error-stops      | 2 | {root}/corrupt/rows.npy                | SWEEP @specs/failing.toml --workers 1
            """),
        Stream.of(
            ok(
                "good",
                (o, r) -> assertTrue(r.out.contains("2 runs (2 executed now)"), r.out),
                "SWEEP @specs/good.toml --workers 2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void sweepRuns(Case c) throws Exception {
    run(c);
  }
}
