package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.error.InputException;
import org.rnnlab.experiment.Runner;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.TaskKind;
import org.rnnlab.train.DivergenceRule;

import picocli.CommandLine.Option;

/** The options every study command shares: task, grid, budgets, threads. */
final class StudyArgs {

    @Option(names = "--task", defaultValue = "adding", converter = Options.TaskConverter.class,
            description = "adding, temporal_order, copy or sine (default: ${DEFAULT-VALUE}).")
    TaskKind task;

    @Option(names = "--lengths", split = ",", paramLabel = "T",
            description = "Sequence lengths, comma-separated (default: 10,20,50,100,200).")
    List<Integer> lengths;

    @Option(names = "--seeds", defaultValue = "3", description = "Repetitions per variant and length (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--steps", defaultValue = "2000", description = "Optimisation steps per run (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--batch-size", defaultValue = "32", description = "Sequences per step (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--hidden", defaultValue = "32", description = "Hidden units (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--layers", defaultValue = "1", description = "Stacked layers (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--train-sequences", defaultValue = "4096",
            description = "Training sequences per run, cycled (default: ${DEFAULT-VALUE}).")
    int trainSequences;

    @Option(names = "--test-sequences", defaultValue = "500",
            description = "Fresh test sequences per run (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--no-run-metrics", description = "Do not write the per-run step metrics (metrics/) into the report.")
    boolean noRunMetrics;

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

    StudySettings settings() {
        try {
            return new StudySettings(hidden, layers, batchSize, steps, trainSequences, testSequences, probeEvery,
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
