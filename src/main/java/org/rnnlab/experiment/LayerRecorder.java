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
 * layer's recurrent weights W_hh and their update-to-weight ratio (read from the step metrics), and,
 * only if the run diverges, the first non-finite value of the diverging step ({@link NonFiniteLocator}
 * re-runs that one step).
 */
final class LayerRecorder implements TrainingListener {

    private final int layers;
    /** Per layer: the index of its weight_hh. */
    private final int[] recurrent;
    private final List<double[]> norms = new ArrayList<>();
    private final List<double[]> ratios = new ArrayList<>();
    private NonFiniteSite site;

    LayerRecorder(SequenceModel model) {
        List<Parameter> params = model.parameters();
        this.layers = model.cells().size();
        this.recurrent = new int[layers];
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            if (p.kind() == ParameterKind.WEIGHT_HH) {
                recurrent[p.layer()] = i;
            }
        }
    }

    @Override
    public void onStep(StepMetrics m, SequenceModel model) {
        double[] norm = new double[layers], ratio = new double[layers];
        for (int l = 0; l < layers; l++) {
            norm[l] = m.gradNorms()[recurrent[l]];
            ratio[l] = m.updateRatios()[recurrent[l]];
        }
        norms.add(norm);
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

    /** Per layer, per step: ‖∂L/∂W_hh‖ before clipping. */
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
