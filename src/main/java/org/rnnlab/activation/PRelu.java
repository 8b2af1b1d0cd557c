package org.rnnlab.activation;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;

/**
 * Parametric ReLU (He et al. 2015): f(x_i) = x_i for x_i &gt; 0, else a_i·x_i, with a learnable
 * slope {@code a_i} per hidden unit. ∂f/∂x_i = 1 or a_i; ∂f/∂a_i = 0 for x_i &gt; 0, else x_i.
 *
 * <p>The slopes are a {@link Parameter} of shape {@code [H]} owned by the layer
 * ({@code activation_l0.weight}); {@link #value}/{@link #derivative} use the initial slope.
 *
 * @param initialSlope the slopes' starting value (default 0.25)
 */
public record PRelu(double initialSlope) implements Activation {
    public PRelu {
        if (!Double.isFinite(initialSlope)) {
            throw new IllegalArgumentException("prelu initial_slope must be finite, got " + initialSlope);
        }
    }

    @Override
    public ActivationKind kind() {
        return ActivationKind.PRELU;
    }

    @Override
    public double parameter() {
        return initialSlope;
    }

    @Override
    public boolean learnable() {
        return true;
    }

    @Override
    public double value(double x) {
        return x > 0.0 ? x : initialSlope * x;
    }

    @Override
    public double derivative(double x, double y) {
        return x > 0.0 ? 1.0 : initialSlope;
    }

    @Override
    public void forward(Block pre, Block out, Parameter slopes) {
        pre.requireSameShape(out, "prelu");
        double[] a = requireSlopes(slopes, pre.rows()).value().data;
        double[] x = pre.data(), y = out.data();
        int rows = pre.rows();
        for (int j = 0; j < pre.cols(); j++) {
            int xo = pre.offset() + j * rows, yo = out.offset() + j * rows;
            for (int i = 0; i < rows; i++) {
                double v = x[xo + i];
                y[yo + i] = v > 0.0 ? v : a[i] * v;
            }
        }
    }

    @Override
    public void backward(Block pre, Block out, Block dOut, Block dPre, Parameter slopes) {
        pre.requireSameShape(dOut, "prelu");
        pre.requireSameShape(dPre, "prelu");
        Parameter p = requireSlopes(slopes, pre.rows());
        double[] a = p.value().data, da = p.grad().data;
        double[] x = pre.data(), g = dOut.data(), d = dPre.data();
        int rows = pre.rows();
        for (int j = 0; j < pre.cols(); j++) {
            int xo = pre.offset() + j * rows, go = dOut.offset() + j * rows, dO = dPre.offset() + j * rows;
            for (int i = 0; i < rows; i++) {
                double v = x[xo + i], gi = g[go + i];
                if (v > 0.0) {
                    d[dO + i] = gi;
                } else {
                    da[i] += gi * v;
                    d[dO + i] = gi * a[i];
                }
            }
        }
    }

    private static Parameter requireSlopes(Parameter slopes, int units) {
        if (slopes == null || slopes.size() != units) {
            throw new IllegalArgumentException("prelu needs a slope parameter of shape [" + units + "], got "
                    + (slopes == null ? "none" : slopes.shapeString()));
        }
        return slopes;
    }
}
