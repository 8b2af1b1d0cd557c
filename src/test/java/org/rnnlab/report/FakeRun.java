package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.experiment.AutoThreshold;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.StepSeries;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.task.TaskScore;
import org.rnnlab.train.DivergenceRule;

/** Builds run records with chosen numbers, for testing what a report says about them. */
final class FakeRun {

    static final StudySettings SETTINGS = new StudySettings(4, 1, 4, 100, 16, 16, 10, DivergenceRule.defaults());

    private final Variant variant;
    private final int length;
    private final int seed;
    private int steps = 100;
    private double norm = 1.0;
    private double loss = 0.1;
    private long divergedStep = -1;
    private int spikeStep = -1;
    private double spike = Double.NaN;
    private double testValue = 0.1;
    private boolean success;
    private double ratioBefore = Double.NaN, ratioAfter = Double.NaN;
    private Health before, after;
    private AutoThreshold auto;
    private double chosen = Double.NaN;
    private String failure;
    private java.util.function.IntFunction<org.rnnlab.task.Task> task = AddingProblem::new;

    private FakeRun(Variant variant, int length, int seed) {
        this.variant = variant;
        this.length = length;
        this.seed = seed;
    }

    /** A run of a named variant (or a renamed tanh when the name is not one of {@link Variants}). */
    static FakeRun of(String variant, int length, int seed) {
        return new FakeRun(Variants.named(variant).orElseGet(() -> Variants.named("tanh").get().withName(variant)), length, seed);
    }

    static FakeRun of(Variant variant, int length, int seed) {
        return new FakeRun(variant, length, seed);
    }

    FakeRun steps(int value) {
        steps = value;
        return this;
    }

    FakeRun norm(double value) {
        norm = value;
        return this;
    }

    FakeRun loss(double value) {
        loss = value;
        return this;
    }

    /** Diverges at this step: the norm runs to infinity there and the curves end. */
    FakeRun divergeAt(long step) {
        divergedStep = step;
        return this;
    }

    FakeRun spike(int step, double value) {
        spikeStep = step;
        spike = value;
        return this;
    }

    FakeRun test(double value, boolean met) {
        testValue = value;
        success = met;
        return this;
    }

    /** ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ at initialisation and after training. */
    FakeRun timeRatio(double atStart, double atEnd) {
        ratioBefore = atStart;
        ratioAfter = atEnd;
        return this;
    }

    /** Health with this spectral radius and log10 derivative product, before and after. */
    FakeRun health(double radiusBefore, double radiusAfter, double log10Product) {
        before = new Health(new double[] {0.1}, new double[] {Double.NaN}, new double[] {radiusBefore}, new double[] {log10Product});
        after = new Health(new double[] {0.2}, new double[] {Double.NaN}, new double[] {radiusAfter}, new double[] {log10Product});
        return this;
    }

    FakeRun auto(AutoThreshold rule, double tau) {
        auto = rule;
        chosen = tau;
        return this;
    }

    /** Runs on another task than the adding problem. */
    FakeRun task(java.util.function.IntFunction<org.rnnlab.task.Task> value) {
        task = value;
        return this;
    }

    FakeRun fail(String cause) {
        failure = cause;
        return this;
    }

    RunResult build() {
        RunSpec spec = new RunSpec(variant, task.apply(length), seed, SETTINGS, auto);
        double threshold = auto != null ? chosen
                : variant.clipping().mode() == org.rnnlab.clip.Clipping.Mode.NONE ? Double.NaN : variant.clipping().threshold();
        if (failure != null) {
            StepSeries empty = new StepSeries(new double[0], new double[0], new double[0], new boolean[0]);
            return new RunResult(spec, RunResult.Status.FAILED, -1, failure, threshold, null, false, empty, List.of(),
                    List.of(), null, null, 0.01);
        }
        int n = divergedStep >= 0 ? (int) divergedStep + 1 : steps;
        double[] l = new double[n], b = new double[n], a = new double[n];
        boolean[] c = new boolean[n];
        for (int i = 0; i < n; i++) {
            l[i] = loss * (1 + 0.01 * Math.sin(i));
            b[i] = norm * (1 + 0.1 * Math.cos(i));
            if (i == spikeStep) {
                b[i] = spike;
            }
            c[i] = Double.isFinite(threshold) && b[i] > threshold;
            a[i] = c[i] ? threshold : b[i];
        }
        if (divergedStep >= 0) {
            b[n - 1] = Double.POSITIVE_INFINITY;
            a[n - 1] = Double.POSITIVE_INFINITY;
            l[n - 1] = Double.NaN;
        }
        List<TimeGradients> probes = new ArrayList<>();
        List<Long> probeSteps = new ArrayList<>();
        if (!Double.isNaN(ratioBefore)) {
            probes.add(profile(ratioBefore));
            probeSteps.add(0L);
            probes.add(profile(ratioAfter));
            probeSteps.add((long) n);
        }
        boolean diverged = divergedStep >= 0;
        return new RunResult(spec, diverged ? RunResult.Status.DIVERGED : RunResult.Status.COMPLETED, divergedStep,
                diverged ? "gradient norm is not finite" : "", threshold, new TaskScore("mse", testValue, success, 0.5, "share |error| < 0.04"), success && !diverged,
                new StepSeries(l, b, a, c), probes, probeSteps, before, after, 0.5);
    }

    /** Norms over t = 1 … T that change geometrically so that norm(1) / norm(T) = ratio. */
    private TimeGradients profile(double ratio) {
        double[] top = new double[length];
        double perStep = Math.pow(ratio, 1.0 / (length - 1));
        for (int t = 0; t < length; t++) {
            top[t] = Math.pow(perStep, length - 1 - t);
        }
        return new TimeGradients(new double[][] {top}, null);
    }

    /** Several seeds of the same run. */
    static List<RunResult> seeds(int count, java.util.function.IntFunction<FakeRun> run) {
        return IntStream.range(0, count).mapToObj(s -> run.apply(s).build()).toList();
    }
}
