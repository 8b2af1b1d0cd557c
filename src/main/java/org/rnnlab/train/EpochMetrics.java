package org.rnnlab.train;

/**
 * The end of an epoch.
 *
 * @param epoch          0-based
 * @param steps          optimisation steps taken so far in total
 * @param trainLoss      mean of the epoch's batch losses
 * @param validationLoss mean loss on the validation set, NaN without one
 * @param improved       whether the validation loss is the best so far
 * @param seconds        time since training started
 */
public record EpochMetrics(int epoch, long steps, double trainLoss, double validationLoss, boolean improved,
        double seconds) {
}
