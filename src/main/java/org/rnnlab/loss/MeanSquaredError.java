package org.rnnlab.loss;

import org.rnnlab.tensor.Block;

/** L = Σ(ŷ − y)²/N over all N elements; ∂L/∂ŷ = 2(ŷ − y)/N. */
public record MeanSquaredError() implements Loss {

    @Override
    public LossKind kind() {
        return LossKind.MSE;
    }

    @Override
    public int targetRows(int outputs) {
        return outputs;
    }

    @Override
    public long terms(int outputs, long positions) {
        return outputs * positions;
    }

    @Override
    public double evaluate(Block prediction, Block target, Block gradient, double normalizer) {
        checkShapes(prediction, target, gradient);
        double[] p = prediction.data(), y = target.data(), g = gradient.data();
        int po = prediction.offset(), yo = target.offset(), go = gradient.offset();
        double sum = 0.0, scale = 2.0 / normalizer;
        for (int i = 0, n = prediction.size(); i < n; i++) {
            double e = p[po + i] - y[yo + i];
            sum += e * e;
            g[go + i] = scale * e;
        }
        return sum / normalizer;
    }
}
