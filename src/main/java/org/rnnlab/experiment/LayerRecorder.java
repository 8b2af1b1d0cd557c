package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.diagnostics.NonFiniteLocator;
import org.rnnlab.diagnostics.NonFiniteSite;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;
import org.rnnlab.train.Batch;
import org.rnnlab.train.Outcome;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.TrainingListener;

/**
 * Listens to a study run for its {@link RunDiagnostics}: per layer and step the gradient norm of the
 * layer's parameters and the update-to-weight ratio of its W_hh (read from the step metrics), and,
 * only if the run diverges, the first non-finite value of the diverging step ({@link NonFiniteLocator}
 * re-runs that one step).
 */
final class LayerRecorder implements TrainingListener {

    private final int layers;
    /** Per parameter: its layer, or −1 for the head. */
    private final int[] layerOf;
    /** Per layer: the index of its weight_hh. */
    private final int[] recurrent;
    private final List<double[]> norms = new ArrayList<>();
    private final List<double[]> ratios = new ArrayList<>();
    private NonFiniteSite site;

    LayerRecorder(SequenceModel model) {
        List<Parameter> params = model.parameters();
        this.layers = model.cells().size();
        this.layerOf = new int[params.size()];
        this.recurrent = new int[layers];
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            layerOf[i] = p.layer();
            if (p.kind() == ParameterKind.WEIGHT_HH) {
                recurrent[p.layer()] = i;
            }
        }
    }

    @Override
    public void onStep(StepMetrics m, SequenceModel model) {
        double[] squares = new double[layers], ratio = new double[layers];
        for (int i = 0; i < layerOf.length; i++) {
            if (layerOf[i] >= 0) {
                squares[layerOf[i]] += m.gradNorms()[i] * m.gradNorms()[i];
            }
        }
        for (int l = 0; l < layers; l++) {
            squares[l] = Math.sqrt(squares[l]);
            ratio[l] = m.updateRatios()[recurrent[l]];
        }
        norms.add(squares);
        ratios.add(ratio);
    }

    @Override
    public void onDiverged(Outcome outcome, Batch batch, SequenceModel model) {
        site = NonFiniteLocator.locate(model, batch.x(), batch.y(), batch.size());
    }

    /** The first non-finite value of the diverging step, or null. */
    NonFiniteSite site() {
        return site;
    }

    /** Per layer, per step: the layer's gradient norm. */
    double[][] layerGradNorms() {
        return transpose(norms);
    }

    /** Per layer, per step: ‖ΔW_hh‖/‖W_hh‖. */
    double[][] layerUpdateRatios() {
        return transpose(ratios);
    }

    private double[][] transpose(List<double[]> perStep) {
        double[][] out = new double[layers][perStep.size()];
        for (int s = 0; s < perStep.size(); s++) {
            for (int l = 0; l < layers; l++) {
                out[l][s] = perStep.get(s)[l];
            }
        }
        return out;
    }
}
