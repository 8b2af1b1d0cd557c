package org.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.train.Fixtures.Recorder;

/** The training loop: it learns, it is reproducible bit for bit, and it honours its step limit. */
class TrainerTest {

    private static SequenceModel lstm(long seed) {
        return SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, 8, 1), Initialization.pytorchDefault(seed));
    }

    private static Recorder train(SequenceModel model, Sequences data, TrainingConfig cfg) {
        Recorder r = new Recorder();
        Trainer.fit(model, data, null, cfg, List.of(r));
        return r;
    }

    @Test
    void tinyLstm_overfitsAFewSineWindows() {
        Sequences data = Fixtures.sineWindows(8, 12);
        TrainingConfig cfg = TrainingConfig.defaults().withEpochs(150).withBatchSize(8)
                .withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, 0.03));
        SequenceModel model = lstm(1);
        Recorder r = train(model, data, cfg);
        double first = r.steps.get(0).loss(), last = r.steps.get(r.steps.size() - 1).loss();
        assertTrue(last < first / 10, "loss fell only from " + first + " to " + last);
        assertEquals(150, r.steps.size());
        assertTrue(r.result.outcome().status() == Outcome.Status.COMPLETED, r.result.outcome().toString());
        assertEquals(last, r.result.finalLoss(), 0.0);
        assertEquals(Validation.meanLoss(model, data, 8) < first / 10, true, "the trained model does not fit its data");
    }

    private static TrainingConfig shuffled(long seed) {
        return TrainingConfig.defaults().withEpochs(4).withBatchSize(3).withSeed(seed)
                .withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, 0.01)).withClipping(Clipping.globalNorm(0.05));
    }

    @Test
    void sameSeeds_giveBitIdenticalStepMetricsAndWeights() {
        Sequences data = Fixtures.sineWindows(10, 6);
        SequenceModel a = lstm(7), b = lstm(7);
        Recorder ra = train(a, data, shuffled(3)), rb = train(b, data, shuffled(3));
        assertEquals(16, ra.steps.size()); // 4 epochs of ⌈10/3⌉ batches
        assertEquals(ra.steps.size(), rb.steps.size());
        boolean anyClipped = false;
        for (int i = 0; i < ra.steps.size(); i++) {
            StepMetrics x = ra.steps.get(i), y = rb.steps.get(i);
            String at = "step " + i;
            // every field but the wall-clock time
            assertEquals(x.step(), y.step(), at);
            assertEquals(x.epoch(), y.epoch(), at);
            assertEquals(Double.doubleToRawLongBits(x.loss()), Double.doubleToRawLongBits(y.loss()), at + " loss");
            assertEquals(Double.doubleToRawLongBits(x.gradNormBefore()), Double.doubleToRawLongBits(y.gradNormBefore()), at);
            assertEquals(Double.doubleToRawLongBits(x.gradNormAfter()), Double.doubleToRawLongBits(y.gradNormAfter()), at);
            assertEquals(x.clipped(), y.clipped(), at);
            assertEquals(x.skipped(), y.skipped(), at);
            assertEquals(Double.doubleToRawLongBits(x.learningRate()), Double.doubleToRawLongBits(y.learningRate()), at);
            assertArrayEquals(x.gradNorms(), y.gradNorms(), 0.0, at + " gradNorms");
            assertArrayEquals(x.updateRatios(), y.updateRatios(), 0.0, at + " updateRatios");
            anyClipped |= x.clipped();
        }
        assertTrue(anyClipped, "the clipping path was not exercised");
        double[][] wa = Fixtures.weights(a), wb = Fixtures.weights(b);
        for (int i = 0; i < wa.length; i++) {
            assertTrue(java.util.Arrays.equals(wa[i], wb[i]), a.parameters().get(i).name() + " differs");
        }
        assertEquals(ra.result.steps(), rb.result.steps());
        assertEquals(ra.result.clippedSteps(), rb.result.clippedSteps());
    }

    @Test
    void anotherShuffleSeed_givesOtherMetrics() {
        Sequences data = Fixtures.sineWindows(10, 6);
        Recorder ra = train(lstm(7), data, shuffled(3)), rb = train(lstm(7), data, shuffled(4));
        int differing = 0;
        for (int i = 0; i < ra.steps.size(); i++) {
            differing += ra.steps.get(i).loss() != rb.steps.get(i).loss() ? 1 : 0;
        }
        assertTrue(differing > ra.steps.size() / 2, "only " + differing + " of " + ra.steps.size() + " losses differ");
        assertNotEquals(ra.result.finalLoss(), rb.result.finalLoss());
    }

    @Test
    void maxSteps_isHonoured() {
        Sequences data = Fixtures.sineWindows(10, 5);
        Recorder r = train(lstm(2), data, shuffled(1).withEpochs(100).withMaxSteps(7));
        assertEquals(7, r.steps.size());
        assertEquals(7, r.result.steps());
        assertEquals(7, r.plannedSteps);
        assertEquals(Outcome.Status.COMPLETED, r.result.outcome().status());
        assertEquals(2, r.epochs.size(), "4 batches per epoch: steps 0-3, then 4-6 and the limit");
        assertEquals(6, r.steps.get(6).step());
    }

    @Test
    void listeners_seeTheParameterNamesAndOneStepPerBatch() {
        Sequences data = Fixtures.sineWindows(5, 4);
        SequenceModel model = lstm(3);
        Recorder r = train(model, data, shuffled(1).withEpochs(2).withBatchSize(2));
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "head.weight", "head.bias"),
                r.parameterNames);
        assertEquals(6, r.plannedSteps);
        assertEquals(6, r.steps.size());
        assertEquals(2, r.epochs.size());
        assertEquals(6, r.steps.get(0).gradNorms().length);
        assertEquals(0.01, r.steps.get(0).learningRate(), 0.0);
        assertFalse(r.steps.get(0).skipped());
        assertEquals(1, r.steps.get(3).epoch());
        assertEquals(r.result, r.result);
        assertTrue(Double.isNaN(r.epochs.get(0).validationLoss()));
        // the epoch's train loss is the mean of its batch losses
        double mean = (r.steps.get(0).loss() + r.steps.get(1).loss() + r.steps.get(2).loss()) / 3;
        assertEquals(mean, r.epochs.get(0).trainLoss(), 1e-15);
    }
}
