package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.train.DivergenceRule;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.Outcome;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingResult;

class ExplosionDetectionTest {

    /** Ten one-sequence batches in order; the target of batch {@code spike} is enormous. */
    private static Sequences data(int spike) {
        int count = 10, steps = 4;
        double[] inputs = new double[count * steps];
        Arrays.fill(inputs, 0.5);
        double[] targets = new double[count];
        Arrays.fill(targets, 0.1);
        targets[spike] = 1e12;
        return Sequences.of(count, steps, 1, 1, false, inputs, targets);
    }

    private static TrainingConfig config(Clipping clipping) {
        return new TrainingConfig(1, 1, Bptt.full(), OptimizerConfig.of(OptimizerKind.SGD, 1e-3), clipping,
                NonFinitePolicy.error(), new DivergenceRule(1e6, 3), 0, 0, false, 0);
    }

    @Test
    void aGradientNormAboveTheLimit_isRecordedAsDivergedAtThatStep_withoutApplyingItsUpdate() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.RNN, 1, 4, 1), Initialization.pytorchDefault(2));
        MetricsRecorder recorder = new MetricsRecorder();
        double[][] before = new double[1][];
        TrainingResult result = Trainer.fit(model, data(6), null, config(Clipping.none()), List.of(recorder,
                new org.rnnlab.train.TrainingListener() {
                    @Override
                    public void onStep(StepMetrics m, SequenceModel trained) {
                        if (m.step() == 5) {
                            before[0] = trained.parameter("weight_hh_l0").value().data.clone();
                        }
                    }
                }));

        assertEquals(Outcome.Status.DIVERGED, result.outcome().status());
        assertEquals(6, result.outcome().step());
        assertTrue(result.outcome().cause().contains("exceeded"), result.outcome().cause());
        assertEquals(7, recorder.steps().size(), "metrics are kept up to and including the diverged step");
        assertTrue(Arrays.equals(before[0], model.parameter("weight_hh_l0").value().data),
                "the diverged step's update must not be applied");
    }

    @Test
    void withClipping_theSameSpikeIsBoundedAndTheRunCompletes() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.RNN, 1, 4, 1), Initialization.pytorchDefault(2));
        MetricsRecorder recorder = new MetricsRecorder();
        TrainingResult result = Trainer.fit(model, data(6), null, config(Clipping.globalNorm(1.0)), List.of(recorder));

        assertEquals(Outcome.Status.COMPLETED, result.outcome().status());
        StepMetrics spike = recorder.steps().get(6);
        assertTrue(spike.gradNormBefore() > 1e9, "the spike is still visible before clipping");
        assertEquals(1.0, spike.gradNormAfter(), 1e-6);
        assertTrue(spike.clipped());
    }

    @Test
    void clippingStatistics_countExactlyTheStepsAboveTheThreshold() {
        MetricsRecorder dry = new MetricsRecorder();
        Trainer.fit(SequenceModel.create(ModelConfig.of(CellType.RNN, 1, 4, 1), Initialization.pytorchDefault(2)), data(3),
                null, config(Clipping.none()).withDivergence(DivergenceRule.nonFiniteOnly()), List.of(dry));
        double tau = RunExecutor.series(dry.steps()).medianNormBefore();   // about half the steps lie above it
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.RNN, 1, 4, 1), Initialization.pytorchDefault(2));
        MetricsRecorder recorder = new MetricsRecorder();
        TrainingResult result = Trainer.fit(model, data(3), null, config(Clipping.globalNorm(tau))
                .withDivergence(DivergenceRule.nonFiniteOnly()), List.of(recorder));

        long expected = 0;
        for (StepMetrics m : recorder.steps()) {
            boolean above = m.gradNormBefore() + 1e-6 > tau;
            assertEquals(above, m.clipped(), "step " + m.step());
            assertEquals(Math.min(m.gradNormBefore(), tau), m.gradNormAfter(), 1e-6 * Math.max(1, m.gradNormBefore()));
            expected += above ? 1 : 0;
        }
        assertTrue(expected > 0 && expected < recorder.steps().size(), "a mix of clipped and unclipped steps");
        assertEquals(expected, result.clippedSteps());
        StepSeries series = RunExecutor.series(recorder.steps());
        assertEquals((double) expected / recorder.steps().size(), series.clippedShare(), 0.0);
        assertFalse(Double.isNaN(series.medianNormBefore()));
    }
}
