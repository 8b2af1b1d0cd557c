package org.rnnlab.train;

/**
 * What one optimisation step did.
 *
 * @param step           0-based optimisation step
 * @param epoch          0-based epoch
 * @param loss           the batch's loss before the update
 * @param gradNormBefore global L2 norm of the gradient before clipping
 * @param gradNormAfter  global norm after clipping (equal to before when nothing clipped)
 * @param clipped        whether clipping changed the gradient
 * @param skipped        whether the update was dropped (non-finite gradient, skip policy)
 * @param learningRate   the learning rate used
 * @param gradNorms      L2 norm of each parameter's gradient, in the model's parameter order
 * @param updateRatios   ‖update‖/‖weights‖ of each parameter (0 for all-zero weights)
 * @param seconds        time since training started
 * @param threshold      the threshold the clipping rule applied ({@link org.rnnlab.optim.StepInfo#threshold()}:
 *                       τ, the chosen τ of AutoClip, c, or AGC's λ); NaN without clipping or before AutoClip has a history
 * @param clippedShare   the share of the clipping rule's units it clipped (0 or 1 for global norms); NaN without clipping
 */
public record StepMetrics(long step, int epoch, double loss, double gradNormBefore, double gradNormAfter,
        boolean clipped, boolean skipped, double learningRate, double[] gradNorms, double[] updateRatios,
        double seconds, double threshold, double clippedShare) {

    /** A step without a clipping record. */
    public StepMetrics(long step, int epoch, double loss, double gradNormBefore, double gradNormAfter, boolean clipped,
            boolean skipped, double learningRate, double[] gradNorms, double[] updateRatios, double seconds) {
        this(step, epoch, loss, gradNormBefore, gradNormAfter, clipped, skipped, learningRate, gradNorms, updateRatios, seconds,
                Double.NaN, Double.NaN);
    }
}
