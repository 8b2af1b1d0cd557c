package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * The update of every parameter for one optimisation step: starts as a copy of the gradients,
 * goes through the chain of transforms, and is finally added to the weights. One buffer per
 * parameter, allocated once per run.
 */
public final class Updates {

    private final List<Parameter> parameters;
    private final double[][] values;

    public Updates(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        this.values = new double[parameters.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[parameters.get(i).size()];
        }
    }

    public int count() {
        return values.length;
    }

    public Parameter parameter(int i) {
        return parameters.get(i);
    }

    /** The update buffer of parameter {@code i}, in the parameter's column-major order. */
    public double[] values(int i) {
        return values[i];
    }

    /** Copies every parameter's gradient into its update buffer. */
    public void loadGradients() {
        for (int i = 0; i < values.length; i++) {
            double[] g = parameters.get(i).grad().data;
            System.arraycopy(g, 0, values[i], 0, g.length);
        }
    }

    /** Sets every update to zero. */
    public void zero() {
        for (double[] v : values) {
            java.util.Arrays.fill(v, 0.0);
        }
    }

    /** Adds the updates to the weights: {@code w += u}. */
    public void applyToParameters() {
        for (int i = 0; i < values.length; i++) {
            double[] w = parameters.get(i).value().data, u = values[i];
            for (int k = 0; k < u.length; k++) {
                w[k] += u[k];
            }
        }
    }
}
