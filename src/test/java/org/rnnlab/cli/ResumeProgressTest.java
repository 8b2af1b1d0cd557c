package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A resumed training says where it continues, or that its checkpoint holds a finished training. */
class ResumeProgressTest {

    private static String resumed(long step, int epoch, boolean finished) {
        StringWriter text = new StringWriter();
        TrainingProgress p = new TrainingProgress(new PrintWriter(text), false, 5, 10);
        p.onStart(List.of("w"), 30);
        p.onResume(step, epoch, finished);
        return text.toString().strip();
    }

    @Test
    void theLineSaysTheStepAndEpoch_orThatNothingIsLeft() {
        assertEquals("rnnlab train: continuing from the checkpoint after step 12 of 30 (epoch 5)", resumed(12, 4, false));
        assertEquals("rnnlab train: the checkpoint holds the finished training (30 steps); nothing left to train",
                resumed(30, 10, true));
    }
}
