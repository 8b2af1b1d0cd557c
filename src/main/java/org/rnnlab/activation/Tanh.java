package org.rnnlab.activation;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;

/** The hyperbolic tangent f(x) = tanh x, f'(x) = 1 - f² (at most 1, at x = 0). */
public record Tanh() implements Activation {
    @Override
    public ActivationKind kind() {
        return ActivationKind.TANH;
    }

    @Override
    public double value(double x) {
        return Gates.tanh(x);
    }

    @Override
    public double derivative(double x, double y) {
        return 1.0 - y * y;
    }

    @Override
    public void forward(Block pre, Block out, Parameter slopes) {
        pre.requireSameShape(out, "tanh");
        Gates.tanh(pre.data(), pre.offset(), out.data(), out.offset(), pre.size());
    }

    @Override
    public void backward(Block pre, Block out, Block dOut, Block dPre, Parameter slopes) {
        out.requireSameShape(dOut, "tanh");
        out.requireSameShape(dPre, "tanh");
        double[] y = out.data(), g = dOut.data(), d = dPre.data();
        int yo = out.offset(), go = dOut.offset(), dO = dPre.offset();
        for (int i = 0, n = out.size(); i < n; i++) {
            double h = y[yo + i];
            d[dO + i] = g[go + i] * (1.0 - h * h);
        }
    }
}
