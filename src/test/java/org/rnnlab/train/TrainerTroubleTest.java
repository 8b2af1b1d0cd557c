package org.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rnnlab.activation.Relu;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.data.Sequences;
import org.rnnlab.init.NormalInit;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.model.TaskShape;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.train.Fixtures.Recorder;

/** When training goes wrong: divergence, early stopping with the best weights restored, and rejected input. */
class TrainerTroubleTest {

    /** A ReLU RNN with N(0, 3²) weights: its state grows by about 3√8 per step, and SGD at rate 1 makes it worse. */
    private static SequenceModel explosiveRnn() {
        ModelConfig c = ModelConfig.of(CellType.RNN, 1, 8, 1).withActivation(new Relu());
        return SequenceModel.create(c, new Initialization(new NormalInit(3.0), new NormalInit(3.0), 5));
    }

    private static TrainingConfig unclipped(DivergenceRule rule) {
        return TrainingConfig.defaults().withEpochs(50).withBatchSize(4).withClipping(Clipping.none())
                .withOptimizer(OptimizerConfig.of(OptimizerKind.SGD, 1.0)).withDivergence(rule)
                .withNonFinite(NonFinitePolicy.error());
    }

    @Test
    void explodingReluRnn_isRecordedAsDiverged_withACause() {
        Recorder r = new Recorder();
        TrainingResult result = Trainer.fit(explosiveRnn(), Fixtures.sineWindows(8, 20), null,
                unclipped(DivergenceRule.defaults()), List.of(r));
        assertEquals(Outcome.Status.DIVERGED, result.outcome().status(), result.outcome().toString());
        assertTrue(result.outcome().diverged());
        assertFalse(result.outcome().cause().isEmpty());
        assertEquals(result.outcome().step() + 1, result.steps(), "training stops at the diverging step");
        assertTrue(result.steps() < 100, "diverged only after " + result.steps() + " steps");
        assertEquals(result, r.result);
        assertTrue(result.outcome().toString().startsWith("diverged at step " + (result.outcome().step() + 1) + ": "));
    }

    @Test
    void gradientNormFarAboveTheEarlyMedian_isDivergence_andThatStepsUpdateIsNotApplied() {
        ModelConfig c = ModelConfig.of(CellType.RNN, 1, 8, 1).withActivation(new Relu());
        SequenceModel model = SequenceModel.create(c, new Initialization(new NormalInit(0.5), new NormalInit(0.5), 5));
        java.util.List<double[][]> weightsAfterStep = new java.util.ArrayList<>();
        Recorder r = new Recorder();
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onStep(StepMetrics m, SequenceModel mdl) {
                weightsAfterStep.add(Fixtures.weights(mdl));
            }
        };
        TrainingResult result = Trainer.fit(model, Fixtures.sineWindows(8, 20), null,
                unclipped(new DivergenceRule(100, 3)), List.of(r, snapshots));
        assertEquals(Outcome.Status.DIVERGED, result.outcome().status(), result.outcome().toString());
        Matcher m = Pattern.compile("the gradient norm (\\S+) exceeded (\\S+) \\(1e\\+02 x the median of the first 3 steps\\)")
                .matcher(result.outcome().cause());
        assertTrue(m.matches(), result.outcome().cause());
        int step = (int) result.outcome().step();
        assertTrue(step >= 3, "the rule needs its 3 reference steps first");
        double[] early = {r.steps.get(0).gradNormAfter(), r.steps.get(1).gradNormAfter(), r.steps.get(2).gradNormAfter()};
        java.util.Arrays.sort(early);
        assertTrue(r.steps.get(step).gradNormAfter() > 100 * early[1]);
        for (int i = 3; i < step; i++) {
            assertTrue(r.steps.get(i).gradNormAfter() <= 100 * early[1], "step " + i + " should have counted already");
        }
        double[][] before = weightsAfterStep.get(step - 1), after = weightsAfterStep.get(step);
        for (int i = 0; i < before.length; i++) {
            assertTrue(java.util.Arrays.equals(before[i], after[i]), "the diverging step changed " + r.parameterNames.get(i));
        }
    }

    @Test
    void explodingReluRnn_withTheErrorPolicy_namesTheFirstParameterWhoseGradientWentNonFinite() {
        Recorder r = new Recorder();
        SequenceModel model = explosiveRnn();
        TrainingResult result = Trainer.fit(model, Fixtures.sineWindows(8, 20), null,
                unclipped(DivergenceRule.nonFiniteOnly()), List.of(r));
        assertEquals(Outcome.Status.DIVERGED, result.outcome().status(), result.outcome().toString());
        Matcher m = Pattern.compile("non-finite gradient at step (\\d+): (\\S+) has .*").matcher(result.outcome().cause());
        assertTrue(m.matches(), result.outcome().cause());
        long step = Long.parseLong(m.group(1)) - 1; // the message counts steps from 1
        assertEquals(result.outcome().step(), step);
        // the listener saw that step's gradient norms: the named parameter is the first non-finite one
        StepMetrics last = r.steps.get(r.steps.size() - 1);
        assertEquals(step, last.step());
        int first = 0;
        while (Double.isFinite(last.gradNorms()[first])) {
            first++;
        }
        assertEquals(r.parameterNames.get(first), m.group(2));
        assertFalse(Double.isFinite(last.gradNormBefore()));
    }

    /**
     * A linear RNN with one unit and weights set by hand (u = v = 1e90, w = 1e-3; one input 1 at the
     * first of 10 steps): ŷ = v·u·w⁹ = 1e153, so the loss ŷ² ≈ 1e306 is finite, while every term
     * 2ŷ·v·u·w⁸ ≈ 2e309 of dL/dw overflows. The shrink policy must then replace the update by
     * 0.5·W_hh, and training must go on: the norm the divergence rule reads is that update's.
     */
    @Test
    void shrinkPolicy_withoutClipping_goesOnPastANonFiniteGradient_withWhhShrunk_andTheAppliedNormRecorded() {
        ModelConfig c = ModelConfig.of(CellType.RNN, 1, 1, 1).withActivation(new org.rnnlab.activation.Identity());
        SequenceModel model = SequenceModel.create(c, new Initialization(new NormalInit(1.0), new NormalInit(1.0), 1));
        for (org.rnnlab.tensor.Parameter p : model.parameters()) {
            String name = p.name();
            double value = name.contains("weight_hh") ? 1e-3 : name.contains("weight") ? 1e90 : 0.0;
            java.util.Arrays.fill(p.value().data, value);
        }
        int steps = 10;
        double[] x = new double[steps];
        x[0] = 1.0;
        Sequences one = Sequences.of(1, steps, 1, 1, false, x, new double[] {0.0});
        Recorder r = new Recorder();
        List<double[][]> weightsAfterStep = new java.util.ArrayList<>();
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onStep(StepMetrics m, SequenceModel mdl) {
                weightsAfterStep.add(Fixtures.weights(mdl));
            }
        };
        TrainingConfig cfg = unclipped(DivergenceRule.nonFiniteOnly()).withEpochs(2).withBatchSize(1)
                .withNonFinite(NonFinitePolicy.shrink(0.5));
        TrainingResult result = Trainer.fit(model, one, null, cfg, List.of(r, snapshots));
        StepMetrics first = r.steps.get(0);
        assertTrue(Double.isFinite(first.loss()), "the loss stays finite: " + first.loss());
        assertFalse(Double.isFinite(first.gradNormBefore()), "the gradient overflows: " + first.gradNormBefore());
        assertEquals(Outcome.Status.COMPLETED, result.outcome().status(), result.outcome().toString());
        assertEquals(2, r.steps.size(), "both steps ran");
        assertEquals(0.5 * 1e-3, first.gradNormAfter(), 1e-18, "the applied update is 0.5·W_hh, not the gradient");
        for (int i = 0; i < r.parameterNames.size(); i++) {
            String name = r.parameterNames.get(i);
            double expected = name.contains("weight_hh") ? 0.5e-3 : name.contains("weight") ? 1e90 : 0.0;
            assertEquals(expected, weightsAfterStep.get(0)[i][0], 0.0, name + " after the shrunk step (SGD at rate 1)");
        }
    }

    @Test
    void earlyStopping_restoresTheWeightsOfTheBestValidationEpoch() {
        Sequences train = Fixtures.noise(12, 5, 1), validation = Fixtures.noise(12, 5, 2);
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.GRU, 1, 8, 1), Initialization.pytorchDefault(3));
        double[][][] snapshot = new double[1][][];
        TrainingListener snapshots = new TrainingListener() {
            @Override
            public void onEpoch(EpochMetrics m) {
                if (m.improved()) {
                    snapshot[0] = Fixtures.weights(model);
                }
            }
        };
        Recorder r = new Recorder();
        TrainingConfig cfg = TrainingConfig.defaults().withEpochs(200).withBatchSize(4).withPatience(3)
                .withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, 0.03));
        TrainingResult result = Trainer.fit(model, train, validation, cfg, List.of(snapshots, r));

        assertEquals(Outcome.Status.STOPPED_EARLY, result.outcome().status(), result.outcome().toString());
        int best = result.bestEpoch();
        assertTrue(best >= 1, "best epoch " + best + ": the test wants an improvement after the first epoch");
        assertEquals(best + 3 + 1, r.epochs.size(), "three epochs without improvement after the best");
        assertTrue(r.epochs.get(best).improved());
        assertEquals(r.epochs.get(best).validationLoss(), result.bestValidationLoss(), 0.0);
        assertTrue(r.epochs.get(r.epochs.size() - 1).validationLoss() > result.bestValidationLoss());
        assertEquals("no better validation loss for 3 epochs; best at epoch " + (best + 1), result.outcome().cause());
        // the model now holds the best epoch's weights, bit for bit
        double[][] now = Fixtures.weights(model);
        for (int i = 0; i < now.length; i++) {
            assertTrue(java.util.Arrays.equals(snapshot[0][i], now[i]), model.parameters().get(i).name() + " not restored");
        }
        assertEquals(result.bestValidationLoss(), Validation.meanLoss(model, validation, 4), 0.0);
    }

    @Test
    void fit_rejectsSequencesThatDoNotFitTheModel_namingWhich() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, 4, 1), Initialization.pytorchDefault(1));
        TrainingConfig cfg = TrainingConfig.defaults().withEpochs(1);
        Sequences twoInputs = Sequences.of(2, 3, 2, 1, false, new double[12], new double[2]);
        Sequences perStep = Sequences.of(2, 3, 1, 1, true, new double[6], new double[6]);
        Sequences twoTargets = Sequences.of(2, 3, 1, 2, false, new double[6], new double[4]);
        Sequences good = Sequences.of(2, 3, 1, 1, false, new double[6], new double[2]);
        assertMessage("the training sequences have 2 inputs per step, the model expects 1",
                () -> Trainer.fit(model, twoInputs, null, cfg, List.of()));
        assertMessage("the training sequences have a target per step, the model is many_to_one",
                () -> Trainer.fit(model, perStep, null, cfg, List.of()));
        assertMessage("the validation sequences have 2 target values, the model's mse loss expects 1",
                () -> Trainer.fit(model, good, twoTargets, cfg, List.of()));
        SequenceModel manyToMany = SequenceModel.create(ModelConfig.of(CellType.GRU, 1, 4, 1).withTask(TaskShape.MANY_TO_MANY),
                Initialization.pytorchDefault(1));
        assertMessage("the validation sequences have one target per sequence, the model is many_to_many",
                () -> Trainer.fit(manyToMany, perStep, good, cfg, List.of()));
    }

    @Test
    void truncatedBpttLongerThanTheSequence_isRejectedWithAMessage() {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, 4, 1), Initialization.pytorchDefault(1));
        TrainingConfig cfg = TrainingConfig.defaults().withEpochs(1).withBptt(Bptt.truncated(20));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.fit(model, Fixtures.sineWindows(4, 10), null, cfg, List.of()));
        assertEquals("truncated BPTT length 20 is longer than the sequence (10 steps); use a truncation <= 10 or full BPTT",
                e.getMessage());
    }

    @Test
    void trainingConfig_rejectsBadValues_namingThem() {
        TrainingConfig d = TrainingConfig.defaults();
        assertMessage("epochs must be >= 1, got 0", () -> d.withEpochs(0));
        assertMessage("batchSize must be >= 1, got -2", () -> d.withBatchSize(-2));
        assertMessage("patience must be >= 0 (0 disables early stopping), got -1", () -> d.withPatience(-1));
        assertMessage("maxSteps must be >= 0 (0 means no limit), got -5", () -> d.withMaxSteps(-5));
        assertMessage("bptt, optimizer, clipping, nonFinite and divergence are required", () -> d.withClipping(null));
        assertMessage("divergence factor must be > 1, got 1.0", () -> new DivergenceRule(1.0, 10));
        assertMessage("referenceSteps must be >= 1, got 0", () -> new DivergenceRule(10, 0));
        assertMessage("truncated BPTT needs k >= 1, got 0", () -> Bptt.truncated(0));
        assertMessage("truncation must be >= 0 (0 for full BPTT), got -3", () -> new Bptt(-3));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void anInterruptedTraining_stopsBeforeItsNextStep_withACancellation_andTheThreadStaysInterrupted() {
        int[] steps = {0};
        TrainingListener interruptAtThird = new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics, SequenceModel model) {
                if (++steps[0] == 3) {
                    Thread.currentThread().interrupt(); // as a pool's shutdownNow would
                }
            }
        };
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.GRU, 1, 3, 1), Initialization.pytorchDefault(2));
        TrainingConfig cfg = TrainingConfig.defaults().withEpochs(1000).withBatchSize(2);
        try {
            java.util.concurrent.CancellationException e = assertThrows(java.util.concurrent.CancellationException.class,
                    () -> Trainer.fit(model, Fixtures.sineWindows(8, 6), null, cfg, List.of(interruptAtThird)));
            assertEquals("training interrupted before step 4", e.getMessage());
            assertEquals(3, steps[0], "no step after the interrupt");
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is not swallowed");
        } finally {
            Thread.interrupted(); // clear it for the tests that follow on this thread
        }
    }
}
