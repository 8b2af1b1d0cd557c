package org.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The outcome in words, as train prints it and its chart shows it. */
class TrainingResultTest {

    @Test
    void completed_countsTheEpochs() {
        TrainingResult r = new TrainingResult(Outcome.completed(), 3, 1, 0.5, Double.NaN, -1, 0, 0, 0.25);
        assertEquals("completed 1 epoch", r.outcomePhrase());
        assertEquals("Completed 1 epoch (3 steps, 0.3 s). 0% of steps clipped.", r.summary());
    }

    @Test
    void stoppedEarly_saysWhyAndWhichEpochWasKept() {
        TrainingResult r = new TrainingResult(new Outcome(Outcome.Status.STOPPED_EARLY, 425, "no better validation loss"
                + " for 30 epochs"), 426, 142, 0.2, 0.30812, 111, 0, 251, 2.94);
        assertEquals("stopped early after 142 epochs", r.outcomePhrase());
        assertEquals("Stopped early after 142 epochs (426 steps, 2.9 s): no better validation loss for 30 epochs."
                + " Kept epoch 112 (validation loss 0.3081); 59% of steps clipped.", r.summary());
    }

    @Test
    void diverged_namesTheStepAndTheEpoch() {
        TrainingResult r = new TrainingResult(new Outcome(Outcome.Status.DIVERGED, 57, "loss is NaN"), 58, 3, Double.NaN,
                Double.NaN, -1, 0, 0, 0.1);
        assertEquals("diverged at step 58", r.outcomePhrase());
        assertEquals("Diverged at step 58, in epoch 3 (58 steps, 0.1 s): loss is NaN. 0% of steps clipped.", r.summary());
    }
}
