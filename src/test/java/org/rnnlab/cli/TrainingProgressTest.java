package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.train.EpochMetrics;
import org.rnnlab.train.StepMetrics;

class TrainingProgressTest {

    private static StepMetrics step(long step, int epoch, double loss, double norm, boolean clipped) {
        return new StepMetrics(step, epoch, loss, norm, Math.min(norm, 1), clipped, false, 0.01, new double[0],
                new double[0], 0);
    }

    @Test
    void withoutATerminal_printsPlainLinesWithEpochStepLossValidationNormClippedAndTimeLeft() {
        StringWriter err = new StringWriter();
        TrainingProgress progress = new TrainingProgress(new PrintWriter(err), false, 0, 2);
        progress.onStart(List.of("w"), 4);
        progress.onStep(step(0, 0, 0.5, 2.0, true), null);
        progress.onStep(step(1, 0, 0.3, 0.5, false), null);
        progress.onEpoch(new EpochMetrics(0, 2, 0.4, 0.45, true, 0.1));
        progress.onStep(step(2, 1, 0.2, 0.4, false), null);
        String[] lines = err.toString().split("\n");
        assertEquals(3, lines.length, err.toString());
        assertTrue(lines[1].startsWith("rnnlab train: epoch 1/2, step 2/4 (50%), loss 0.4000, grad norm 1.25,"
                + " clipped 50%, 0:00:00 elapsed, about 0:00:00 left at most"), lines[1]);
        assertTrue(lines[2].startsWith("rnnlab train: epoch 2/2, step 3/4 (75%), loss 0.2000, validation 0.4500,"
                + " grad norm 0.400, clipped 0%"), lines[2]);
    }

    @Test
    void withALongInterval_staysQuiet() {
        StringWriter err = new StringWriter();
        TrainingProgress progress = new TrainingProgress(new PrintWriter(err), false, 3600, 1);
        progress.onStart(List.of("w"), 2);
        progress.onStep(step(0, 0, 0.5, 2.0, true), null);
        assertEquals("", err.toString());
    }
}
