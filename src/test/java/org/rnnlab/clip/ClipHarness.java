package org.rnnlab.clip;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/** Parameters with given gradients, and one link of a chain run over them as the trainer runs it. */
final class ClipHarness {

    final List<Parameter> parameters = new ArrayList<>();
    final Updates updates;
    final StepInfo info = new StepInfo();
    final GradientTransform.State state;
    private long step;

    /** One vector parameter per gradient array, named p0, p1, ...; the first of kind WEIGHT_HH. */
    ClipHarness(GradientTransform link, double[]... gradients) {
        for (int i = 0; i < gradients.length; i++) {
            Parameter p = Parameter.vector("p" + i, i == 0 ? ParameterKind.WEIGHT_HH : ParameterKind.WEIGHT_IH, 0,
                    gradients[i].length);
            System.arraycopy(gradients[i], 0, p.grad().data, 0, gradients[i].length);
            parameters.add(p);
        }
        updates = new Updates(parameters);
        state = link.init(parameters);
    }

    /** Runs the link on the parameters' current gradients; returns the updates. */
    double[][] run() {
        updates.loadGradients();
        info.start(step++);
        state.update(updates, info);
        return values();
    }

    /** Runs the link on the given updates instead of the gradients. */
    double[][] runOn(double[][] values) {
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, updates.values(i), 0, values[i].length);
        }
        info.start(step++);
        state.update(updates, info);
        return values();
    }

    double[][] values() {
        double[][] out = new double[updates.count()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = updates.values(i).clone();
        }
        return out;
    }

    static double l2(double[][] v) {
        double s = 0.0;
        for (double[] a : v) {
            for (double x : a) {
                s += x * x;
            }
        }
        return Math.sqrt(s);
    }
}
