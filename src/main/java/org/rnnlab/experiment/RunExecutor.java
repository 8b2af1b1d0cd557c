package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.data.Sequences;
import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.diagnostics.StateMagnitude;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.provenance.Provenance;
import org.rnnlab.task.Task;
import org.rnnlab.task.TaskScore;
import org.rnnlab.train.Batch;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

/**
 * Runs one {@link RunSpec} start to end and never throws but when stopped from outside: divergence
 * is an outcome, and any other error becomes a failed result with its message, so a study always
 * goes on with its other runs; an interrupted training's {@code CancellationException} is passed on,
 * as an interrupted run has no result to record.
 */
public final class RunExecutor {

    /** Probe batches hold this many test sequences. */
    static final int PROBE_BATCH = 64;

    private RunExecutor() {
    }

    public static RunResult execute(RunSpec spec) {
        long start = System.nanoTime();
        try {
            return run(spec, start);
        } catch (CancellationException e) {
            throw e; // stopped from outside (the pool ending after another failure): not a result of this run
        } catch (RuntimeException | OutOfMemoryError e) {
            return new RunResult(spec, RunResult.Status.FAILED, -1, String.valueOf(e.getMessage() == null ? e
                    : e.getMessage()), Double.NaN, null, false, StepSeries.empty(), List.of(), List.of(), null, null,
                    (System.nanoTime() - start) / 1e9).withProvenance(Provenance.current());
        }
    }

    private static RunResult run(RunSpec spec, long start) {
        Task task = spec.task();
        StudySettings s = spec.settings();
        Task.TaskData data = task.data(s.trainSequences(), s.testSequences(), spec.dataSeed());
        Variant variant = spec.variant();
        Clipping clipping = variant.clipping();
        if (spec.auto() != null) {
            clipping = Clipping.globalNorm(autoThreshold(spec, data));
        }
        SequenceModel model = newModel(spec);
        ProbeBatch probe = ProbeBatch.of(data.test());
        List<TimeGradients> probes = new ArrayList<>();
        List<Long> probeSteps = new ArrayList<>();
        List<StateMagnitude> states = new ArrayList<>();
        long[] firstSuccess = {-1};
        probes.add(probe.gradients(model));
        states.add(StateMagnitude.fromLastForward(model));
        probeSteps.add(0L);
        Health initialHealth = probe.health(model);
        JacobianFlow initialJacobian = probe.jacobian(model);

        TrainingConfig config = trainingConfig(spec, variant.withClipping(clipping), data.train());
        MetricsRecorder recorder = new MetricsRecorder();
        LayerRecorder layers = new LayerRecorder(model);
        TrainingListener prober = prober(s, probe, probes, states, probeSteps, done -> {
            // the first probe that meets the task's criterion on the test sequences
            if (firstSuccess[0] < 0 && task.score(model, data.test()).success()) {
                firstSuccess[0] = done;
            }
        });
        TrainingResult result = Trainer.fit(model, data.train(), null, config, List.of(recorder, layers, prober));
        StepSeries series = series(recorder.steps());
        boolean diverged = result.outcome().diverged();
        probes.add(probe.gradients(model));
        StateMagnitude end = StateMagnitude.fromLastForward(model);
        states.add(end);
        probeSteps.add(result.steps());
        double testLoss = probe.loss(model);
        Health finalHealth = probe.health(model);
        RunDiagnostics diagnostics = new RunDiagnostics(initialJacobian, probe.jacobian(model), layers.site(),
                layers.layerGradNorms(), layers.layerUpdateRatios());
        TaskScore score = task.score(model, data.test());
        RunResult.Status status = diverged ? RunResult.Status.DIVERGED : RunResult.Status.COMPLETED;
        boolean success = score.success() && !diverged;
        if (firstSuccess[0] < 0 && success) {
            firstSuccess[0] = result.steps();
        }
        RunOutcome outcome = RunOutcome.of(status, success, series.finalLoss(), testLoss, task.baselineLoss(), end.largest(),
                true);
        return new RunResult(spec, status, diverged ? result.outcome().step() : -1, result.outcome().cause(),
                appliedThreshold(clipping, series), score, success, series, probes, probeSteps, initialHealth, finalHealth,
                (System.nanoTime() - start) / 1e9, outcome, testLoss, states, firstSuccess[0], diagnostics,
                Provenance.current());
    }

    /**
     * Every {@code probeEvery} steps (not at the last, which the run probes itself): ‖∂L/∂h_t‖ and the
     * state magnitude on the probe batch, then {@code atProbe} with the number of steps trained.
     */
    private static TrainingListener prober(StudySettings s, ProbeBatch probe, List<TimeGradients> probes,
            List<StateMagnitude> states, List<Long> probeSteps, java.util.function.LongConsumer atProbe) {
        return new TrainingListener() {
            @Override
            public void onStep(StepMetrics m, SequenceModel trained) {
                long done = m.step() + 1;
                if (done % s.probeEvery() == 0 && done < s.steps()) {
                    probes.add(probe.gradients(trained));
                    states.add(StateMagnitude.fromLastForward(trained));
                    probeSteps.add(done);
                    atProbe.accept(done);
                }
            }
        };
    }

    /**
     * The threshold a run used: the fixed or automatic τ (per-parameter τ, value c), the median of the
     * τ AutoClip chose per step; NaN without clipping and for AGC, whose λ is a ratio, not a norm.
     */
    static double appliedThreshold(Clipping clipping, StepSeries series) {
        return switch (clipping.mode()) {
            case NONE, AGC -> Double.NaN;
            case AUTOCLIP -> series.medianThreshold();
            case GLOBAL_NORM, PER_PARAMETER, VALUE -> clipping.threshold();
        };
    }

    static SequenceModel newModel(RunSpec spec) {
        Task task = spec.task();
        Variant v = spec.variant();
        StudySettings s = spec.settings();
        return SequenceModel.create(v.modelConfig(task, s.hidden(), s.layers()), v.initialization(spec.initSeed()));
    }

    static TrainingConfig trainingConfig(RunSpec spec, Variant v, Sequences train) {
        StudySettings s = spec.settings();
        long perEpoch = TrainingConfig.stepsPerEpoch(train.count(), s.batchSize());
        int epochs = (int) Math.min(Integer.MAX_VALUE, (s.steps() + perEpoch - 1) / perEpoch);
        return new TrainingConfig(epochs, s.batchSize(), Bptt.full(), v.optimizer(), v.clipping(), NonFinitePolicy.error(),
                s.divergence(), 0, s.steps(), true, spec.dataSeed());
    }

    /** τ = factor × the median gradient norm of the first probe steps trained without clipping. */
    private static double autoThreshold(RunSpec spec, Task.TaskData data) {
        AutoThreshold auto = spec.auto();
        SequenceModel model = newModel(spec);
        RunSpec probeSpec = new RunSpec(spec.variant().withClipping(Clipping.none()), spec.task(), spec.seed(),
                new StudySettings(spec.settings().hidden(), spec.settings().layers(), spec.settings().batchSize(),
                        auto.probeSteps(), spec.settings().trainSequences(), spec.settings().testSequences(),
                        spec.settings().probeEvery(), spec.settings().divergence()), null);
        MetricsRecorder recorder = new MetricsRecorder();
        Trainer.fit(model, data.train(), null, trainingConfig(probeSpec, probeSpec.variant(), data.train()), List.of(recorder));
        double median = series(recorder.steps()).medianNormBefore();
        if (!(median > 0) || !Double.isFinite(median)) {
            throw new IllegalStateException("auto threshold: the unclipped probe steps gave no finite gradient norm");
        }
        return auto.factor() * median;
    }

    static StepSeries series(List<StepMetrics> steps) {
        int n = steps.size();
        double[] loss = new double[n], before = new double[n], after = new double[n], threshold = new double[n],
                units = new double[n];
        boolean[] clipped = new boolean[n];
        for (int i = 0; i < n; i++) {
            StepMetrics m = steps.get(i);
            loss[i] = m.loss();
            before[i] = m.gradNormBefore();
            after[i] = m.gradNormAfter();
            clipped[i] = m.clipped();
            threshold[i] = m.threshold();
            units[i] = m.clippedShare();
        }
        return new StepSeries(loss, before, after, clipped, threshold, units);
    }

    /** A fixed batch of test sequences for the diagnostics. */
    record ProbeBatch(R064Store x, R064Store y, int size) {

        static ProbeBatch of(Sequences test) {
            Batch first = Batch.first(test, Math.min(PROBE_BATCH, test.count()));
            return new ProbeBatch(first.x(), first.y(), first.size());
        }

        TimeGradients gradients(SequenceModel model) {
            return TimeGradients.measure(model, x, y, size);
        }

        Health health(SequenceModel model) {
            return Health.measure(model, x, size);
        }

        double loss(SequenceModel model) {
            return model.loss(x, y, size);
        }

        JacobianFlow jacobian(SequenceModel model) {
            return JacobianFlow.measure(model, x, size);
        }
    }
}
