package org.rnnlab.loss;

import org.rnnlab.tensor.Block;

/**
 * Softmax cross-entropy from logits, per column: L_j = logΣ_k e^{z_k} − z_c for class c, averaged
 * over the N columns; ∂L/∂z = (softmax(z) − onehot(c))/N. The log-sum-exp subtracts the largest
 * logit first, so no logit overflows, and the loss is summed as {@code (max − z_c) + log Σ e^{z−max}},
 * two non-negative terms, so a huge common shift of the logits costs no precision.
 */
public record SoftmaxCrossEntropy() implements Loss {

    @Override
    public LossKind kind() {
        return LossKind.CROSS_ENTROPY;
    }

    @Override
    public int targetRows(int outputs) {
        return 1;
    }

    @Override
    public long terms(int outputs, long positions) {
        return positions;
    }

    @Override
    public double evaluate(Block prediction, Block target, Block gradient, double normalizer) {
        checkShapes(prediction, target, gradient);
        int classes = prediction.rows();
        double[] z = prediction.data(), y = target.data(), g = gradient.data();
        double total = 0.0;
        for (int j = 0; j < prediction.cols(); j++) {
            int zo = prediction.offset() + j * classes, go = gradient.offset() + j * classes;
            int c = classIndex(y[target.offset() + j], classes);
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, z[zo + k]);
            }
            double sum = 0.0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(z[zo + k] - max);
                g[go + k] = e;
                sum += e;
            }
            total += (max - z[zo + c]) + Math.log(sum); // both terms >= 0: no cancellation against max
            for (int k = 0; k < classes; k++) {
                g[go + k] = (g[go + k] / sum - (k == c ? 1.0 : 0.0)) / normalizer;
            }
        }
        return total / normalizer;
    }

    /** The class index stored in a target cell, checked to be an integer in [0, classes). */
    static int classIndex(double value, int classes) {
        int c = (int) value;
        if (c != value || c < 0 || c >= classes) {
            throw new IllegalArgumentException("cross_entropy target must be a class index in [0, " + classes
                    + "), got " + value);
        }
        return c;
    }
}
