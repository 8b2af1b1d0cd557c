package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.function.IntFunction;

import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.error.InputException;
import org.rnnlab.experiment.Runner;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.CsvSeriesTask;
import org.rnnlab.task.Task;
import org.rnnlab.task.TaskKind;
import org.rnnlab.train.DivergenceRule;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every study command shares: task, grid, budgets, threads. */
final class StudyArgs {

    /** The command these options are mixed into, to tell options given from defaults. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--task",
            description = "adding, temporal_order, copy or sine (default: adding, unless --data is given).")
    TaskKind task;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "Study a CSV series instead of a synthetic task: each"
            + " sequence length is a window length; windows predict the next value of the target, split 70/15/15,"
            + " z-scored on the training part; success means a test RMSE below persistence's.")
    Path data;

    @Option(names = "--target", paramLabel = "COL", description = "With --data: the column to predict, by name or"
            + " 1-based index (default: the last column).")
    String target;

    @Option(names = "--time", paramLabel = "COL", description = "With --data: the time column, by name or 1-based index"
            + " (default: the first column that is not all numbers).")
    String time;

    @Option(names = "--lengths", split = ",", paramLabel = "T",
            description = "Sequence lengths, comma-separated (default: 10,20,50,100,200).")
    List<Integer> lengths;

    /** Seeds per variant and length of compare and sweep; the default study has its own ({@code ReportCommand}). */
    static final int DEFAULT_SEEDS = 3;

    @Option(names = "--seeds", paramLabel = "N", description = "Repetitions per variant and length (default: " + DEFAULT_SEEDS
            + " for compare and sweep, " + ReportCommand.DEFAULT_SEEDS + " for report). Rates get Wilson intervals at any N; medians"
            + " get bootstrap intervals from 5 on; with 3 no exact test of two variants at one length can reach p < 0.05.")
    Integer seeds;

    @Option(names = "--steps", defaultValue = "2000", description = "Optimisation steps per run (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--batch-size", defaultValue = "32", description = "Sequences per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--hidden", defaultValue = "32", description = "Hidden units (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--layers", split = ",", defaultValue = "1", paramLabel = "L",
            description = "Stacked layers (default: ${DEFAULT-VALUE}). With compare, several depths (--layers 1,2,3,4)"
                    + " make depth a study axis: every variant at every depth, named VARIANT-L<depth>, and a depth section"
                    + " in the report.")
    List<Integer> layers;

    @Option(names = "--train-sequences", defaultValue = "4096",
            description = "Training sequences per run of a synthetic task, cycled (default: ${DEFAULT-VALUE}).")
    int trainSequences;

    @Option(names = "--test-sequences", defaultValue = "500",
            description = "Fresh test sequences per run of a synthetic task (default: ${DEFAULT-VALUE}).")
    int testSequences;

    @Option(names = "--probe-every", defaultValue = "100",
            description = "Measure ||dL/dh_t|| every this many steps, and at the start and end (default: ${DEFAULT-VALUE}).")
    int probeEvery;

    @Option(names = "--divergence-factor", defaultValue = "1e6",
            description = "A run diverges when its gradient norm exceeds this multiple of the median of its first 10 steps,"
                    + " or turns non-finite (default: ${DEFAULT-VALUE}).")
    double divergenceFactor;

    @Option(names = "--threads", description = "Runs in parallel (default: every core).")
    Integer threads;

    @Option(names = "--fresh", description = "Train every run again: delete the run records (runs/) an earlier study left in"
            + " --out. Without it, a study continues: runs already recorded there with the same settings are read back.")
    boolean fresh;

    @Mixin
    RunnerArgs runner;

    @Option(names = "--no-run-metrics", description = "Do not write the per-run step metrics (metrics/) into the report.")
    boolean noRunMetrics;

    /** The task of each sequence length: the synthetic task, or the CSV series cut into windows of that length. */
    IntFunction<Task> taskOfLength() {
        if (data == null) {
            if (target != null || time != null) {
                throw InputException.of("--target and --time go with --data");
            }
            TaskKind kind = task == null ? TaskKind.ADDING : task;
            return kind::create;
        }
        if (task != null) {
            throw InputException.of("--task and --data exclude each other: study a synthetic task or a CSV series");
        }
        for (String option : new String[] {"--train-sequences", "--test-sequences"}) {
            Options.rejectUnless(data == null, spec, option, "synthetic tasks",
                    "--data (a CSV series has its own windows)");
        }
        CsvOptions options = CsvOptions.defaults();
        if (target != null) {
            options = options.withTargets(ColumnRef.parse(target));
        }
        if (time != null) {
            options = options.withTimeColumn(ColumnRef.parse(time));
        }
        TimeSeriesTable table = CsvLoader.load(data, options);
        String name = data.getFileName().toString().replaceFirst("\\.csv$", "");
        return length -> new CsvSeriesTask(name, PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(length, 1))));
    }

    /** The seeds given, or {@code defaults}. */
    int seedsOr(int defaults) {
        int n = seeds == null ? defaults : seeds;
        if (n < 1) {
            throw InputException.of("--seeds: must be >= 1, got " + n);
        }
        return n;
    }

    List<Integer> lengthsOr(List<Integer> defaults) {
        List<Integer> l = lengths == null || lengths.isEmpty() ? defaults : lengths;
        for (int t : l) {
            if (t < 1) {
                throw InputException.of("--lengths: every length must be >= 1, got " + t);
            }
        }
        return l;
    }

    int threads() {
        int t = threads == null ? Runner.defaultThreads() : threads;
        if (t < 1) {
            throw InputException.of("--threads must be >= 1, got " + t);
        }
        return t;
    }

    /** The depths of --layers: at least one, each >= 1, distinct. */
    List<Integer> depths() {
        if (layers.stream().anyMatch(l -> l == null || l < 1)) {
            throw InputException.of("--layers: every depth must be >= 1, got " + layers);
        }
        if (layers.stream().distinct().count() != layers.size()) {
            throw InputException.of("--layers: depths must be distinct, got " + layers);
        }
        return List.copyOf(layers);
    }

    /** The settings of a study of one depth; several depths are refused for {@code command}. */
    StudySettings settings() {
        List<Integer> d = depths();
        if (d.size() > 1) {
            throw InputException.of("--layers " + d.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")
                    + ": several depths go with 'rnnlab compare' (a depth study); give one depth here");
        }
        return settings(d.get(0));
    }

    /** The settings of one depth of the study. */
    StudySettings settings(int depth) {
        try {
            return new StudySettings(hidden, depth, batchSize, steps, trainSequences, testSequences, probeEvery,
                    new DivergenceRule(divergenceFactor, 10));
        } catch (IllegalArgumentException e) {
            throw InputException.of("study options: " + e.getMessage());
        }
    }

    /** The named variants of a comma-separated list, then the user-defined ones, in order. */
    static List<Variant> variants(List<String> names, List<String> specs, Path file) {
        List<Variant> out = new ArrayList<>();
        for (String name : names) {
            out.add(Variants.named(name.trim()).orElseThrow(() -> InputException.of("--variants: unknown variant '" + name
                    + "'; named variants: " + String.join(", ", Variants.names()) + " (or define one with --variant)")));
        }
        if (specs != null) {
            specs.forEach(s -> out.add(VariantSpecs.parse(s)));
        }
        if (file != null) {
            out.addAll(VariantSpecs.readFile(file));
        }
        return out;
    }
}
