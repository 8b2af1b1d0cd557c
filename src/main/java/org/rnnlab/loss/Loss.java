package org.rnnlab.loss;

import org.rnnlab.tensor.Block;

/**
 * A training loss computed from the head's raw outputs (logits for the classification losses),
 * returning its value and its gradient with respect to those outputs in one call.
 *
 * <p>Every loss is a mean, as PyTorch's default {@code reduction='mean'}: over all elements for
 * MSE and binary cross-entropy, over all predicted positions for softmax cross-entropy. The caller
 * passes the number of terms of the mean, so a window split into chunks (truncated BPTT) adds up to
 * the same loss as the whole window.
 */
public sealed interface Loss permits MeanSquaredError, SoftmaxCrossEntropy, SigmoidBinaryCrossEntropy {

    LossKind kind();

    /** Rows of the target block for a head with {@code outputs} outputs (1 for a class index). */
    int targetRows(int outputs);

    /** The number of terms the mean divides by, for {@code positions} columns of {@code outputs} outputs. */
    long terms(int outputs, long positions);

    /**
     * Σ(per-term loss)/normalizer over the block, and {@code gradient = ∂(that)/∂prediction}.
     *
     * @param prediction the head's outputs, {@code outputs × positions}
     * @param target     {@link #targetRows} × positions
     * @param gradient   same shape as {@code prediction}; overwritten
     */
    double evaluate(Block prediction, Block target, Block gradient, double normalizer);

    /** Throws unless the blocks fit each other. */
    default void checkShapes(Block prediction, Block target, Block gradient) {
        prediction.requireSameShape(gradient, kind().id() + " gradient");
        if (target.cols() != prediction.cols() || target.rows() != targetRows(prediction.rows())) {
            throw new IllegalArgumentException(kind().id() + ": target is " + target.rows() + "x" + target.cols()
                    + ", expected " + targetRows(prediction.rows()) + "x" + prediction.cols());
        }
    }
}
