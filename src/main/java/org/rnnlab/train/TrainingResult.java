package org.rnnlab.train;

import java.util.Locale;

import org.rnnlab.text.Plural;

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

    /** How the run ended, to begin a sentence with: "completed 1 epoch", "stopped early after 142 epochs", "diverged at step 58" (steps counted from 1). */
    public String outcomePhrase() {
        String epochCount = Plural.of(epochs, "epoch");
        return switch (outcome.status()) {
            case COMPLETED -> "completed " + epochCount;
            case STOPPED_EARLY -> "stopped early after " + epochCount;
            case DIVERGED -> "diverged at step " + (outcome.step() + 1);
        };
    }

    /**
     * The outcome as a sentence for people: "Stopped early after 142 epochs (426 steps, 2.9 s): CAUSE.
     * Kept epoch 112 (validation loss 0.308); 59% of steps clipped."
     */
    public String summary() {
        String what = outcomePhrase();
        what = Character.toUpperCase(what.charAt(0)) + what.substring(1)
                + (outcome.status() == Outcome.Status.DIVERGED ? ", in epoch " + epochs : "");
        String cause = outcome.cause().isEmpty() ? "" : ": " + outcome.cause();
        String kept = bestEpoch >= 0 ? String.format(Locale.ROOT, " Kept epoch %d (validation loss %.4g);", bestEpoch + 1,
                bestValidationLoss) : "";
        return String.format(Locale.ROOT, "%s (%d steps, %.1f s)%s.%s %.0f%% of steps clipped.", what, steps, seconds,
                cause, kept, 100 * clippedShare());
    }
}
