package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.data.Sequences;
import org.rnnlab.diagnostics.NonFiniteSite;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.train.Batch;
import org.rnnlab.train.DivergenceRule;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.Outcome;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

class FirstNonFiniteTest {

    private static final int STEPS = 6;

    private static Sequences ones(int count) {
        double[] inputs = new double[count * STEPS];
        Arrays.fill(inputs, 1.0);
        double[] targets = new double[count];
        return Sequences.of(count, STEPS, 1, 1, false, inputs, targets);
    }

    private static TrainingConfig config() {
        return new TrainingConfig(1, 1, Bptt.full(), OptimizerConfig.of(OptimizerKind.SGD, 1e-3), Clipping.none(),
                NonFinitePolicy.error(), DivergenceRule.defaults(), 0, 0, false, 0);
    }

    /** Counts the divergence notices. */
    private static final class Notices implements TrainingListener {
        int count;

        @Override
        public void onDiverged(Outcome outcome, Batch batch, SequenceModel model) {
            count++;
        }
    }

    /** A linear RNN with W_hh = c·I: with c = 1e100 its state overflows at t = 5 of the first step. */
    private static SequenceModel linear(double c) {
        SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.RNN, 1, 2, 1)
                .withActivation(ActivationKind.IDENTITY.create()), Initialization.pytorchDefault(2));
        Parameter w = model.parameter("weight_hh_l0");
        Arrays.fill(w.value().data, 0.0);
        w.value().set(0, 0, c);
        w.value().set(1, 1, c);
        Arrays.fill(model.parameter("weight_ih_l0").value().data, 1.0);
        return model;
    }

    @Test
    void aRunThatOverflows_recordsItsFirstNonFiniteValue_fromOneReRunOfTheDivergingStep() {
        SequenceModel model = linear(1e100);
        LayerRecorder layers = new LayerRecorder(model);
        Notices notices = new Notices();

        TrainingResult result = Trainer.fit(model, ones(4), null, config(), List.of(layers, notices));

        assertEquals(Outcome.Status.DIVERGED, result.outcome().status());
        assertEquals(0, result.outcome().step());
        assertEquals(1, notices.count);
        assertEquals(new NonFiniteSite(NonFiniteSite.Tensor.PRE_ACTIVATION, 0, 5, "", Double.POSITIVE_INFINITY), layers.site());
    }

    @Test
    void aFiniteRun_isNeverReRun_andHasNoSite_butItsPerLayerSeries() {
        SequenceModel model = linear(0.5);
        LayerRecorder layers = new LayerRecorder(model);
        MetricsRecorder metrics = new MetricsRecorder();
        Notices notices = new Notices();

        TrainingResult result = Trainer.fit(model, ones(4), null, config(), List.of(layers, metrics, notices));

        assertEquals(Outcome.Status.COMPLETED, result.outcome().status());
        assertEquals(0, notices.count, "the locator must cost nothing while a run stays finite");
        assertNull(layers.site());
        assertEquals(1, layers.layerGradNorms().length);
        for (int s = 0; s < 4; s++) {
            StepMetrics m = metrics.steps().get(s);
            // parameters: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, head.weight, head.bias
            assertEquals(m.gradNorms()[1], layers.layerGradNorms()[0][s], "step " + s + ": W_hh's gradient norm");
            assertEquals(m.updateRatios()[1], layers.layerUpdateRatios()[0][s], "step " + s + ": W_hh's ratio");
        }
    }
}
