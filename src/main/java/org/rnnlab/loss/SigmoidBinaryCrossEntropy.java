package org.rnnlab.loss;

import org.rnnlab.activation.Gates;
import org.rnnlab.tensor.Block;

/**
 * Binary cross-entropy of a sigmoid output, from the logit z: per element
 * L = −y·log σ(z) − (1−y)·log(1−σ(z)) = max(z, 0) − z·y + log(1 + e^{−|z|}), which never overflows
 * and never takes the log of 0; averaged over all N elements. ∂L/∂z = (σ(z) − y)/N. This is the
 * "sigmoid on the output layer" case, as PyTorch's {@code BCEWithLogitsLoss}.
 */
public record SigmoidBinaryCrossEntropy() implements Loss {

    @Override
    public LossKind kind() {
        return LossKind.BCE;
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
        double[] z = prediction.data(), y = target.data(), g = gradient.data();
        int zo = prediction.offset(), yo = target.offset(), go = gradient.offset();
        double sum = 0.0;
        for (int i = 0, n = prediction.size(); i < n; i++) {
            double zi = z[zo + i], yi = y[yo + i];
            if (!(yi >= 0.0 && yi <= 1.0)) {
                throw new IllegalArgumentException("bce target must be in [0, 1], got " + yi);
            }
            sum += Math.max(zi, 0.0) - zi * yi + Math.log1p(Math.exp(-Math.abs(zi)));
            g[go + i] = (Gates.sigmoid(zi) - yi) / normalizer;
        }
        return sum / normalizer;
    }
}
