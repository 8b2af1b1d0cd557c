package org.rnnlab.train;

/**
 * The end of a run.
 *
 * @param outcome            completed, diverged (with step and cause) or stopped early
 * @param steps              optimisation steps taken
 * @param epochs             epochs started
 * @param finalLoss          the last batch loss
 * @param bestValidationLoss the best validation loss (NaN without validation)
 * @param bestEpoch          the epoch of the best validation loss (−1 without validation)
 * @param skippedSteps       updates dropped by the non-finite "skip" policy
 * @param clippedSteps       steps where clipping changed the gradient
 * @param seconds            wall time
 */
public record TrainingResult(Outcome outcome, long steps, int epochs, double finalLoss, double bestValidationLoss,
        int bestEpoch, long skippedSteps, long clippedSteps, double seconds) {

    /** The share of steps that were clipped. */
    public double clippedShare() {
        return steps == 0 ? 0.0 : (double) clippedSteps / steps;
    }
}
