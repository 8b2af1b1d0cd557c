package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.task.AddingProblem;

class StudyClockTest {

    static RunResult finished(RunSpec spec, int stepsTrained, double seconds) {
        double[] z = new double[stepsTrained];
        return new RunResult(spec, RunResult.Status.COMPLETED, -1, "", Double.NaN, null, false,
                new StepSeries(z, z, z, new boolean[stepsTrained]), List.of(), List.of(), null, null, seconds);
    }

    static RunSpec spec(String variant, int length) {
        return new RunSpec(Variants.named(variant).orElseThrow(), new AddingProblem(length), 0, RunnerTest.TINY, null);
    }

    @Test
    void timeLeft_isTheRemainingCostAtTheSpeedOfTheFinishedRuns() {
        RunSpec shortRnn = spec("tanh", 10), longRnn = spec("tanh", 40), lstm = spec("lstm", 10);
        StudyClock clock = new StudyClock(List.of(shortRnn, longRnn, lstm), 1);
        assertTrue(Double.isNaN(clock.secondsLeft()), "nothing to go by before the first run");
        clock.finished(finished(shortRnn, 30, 2.0));
        double perCost = 2.0 / shortRnn.cost();
        assertEquals((longRnn.cost() + lstm.cost()) * perCost, clock.secondsLeft(), 1e-9);
        assertEquals(4.0 * 2.0, longRnn.cost() * perCost, 1e-9, "four times the length, four times the time");
        assertEquals(4 * shortRnn.cost(), lstm.cost(), "an LSTM step weighs four vanilla ones: its four gates");
        clock.finished(finished(longRnn, 30, 8.0));
        assertEquals(lstm.cost() * perCost, clock.secondsLeft(), 1e-9);
        clock.finished(finished(lstm, 30, 5.0));
        assertEquals(0.0, clock.secondsLeft());
    }

    @Test
    void aRunThatStoppedEarly_countsOnlyTheStepsItTrained_andWorkersShareTheRest() {
        RunSpec a = spec("tanh", 10), b = spec("tanh", 10), c = spec("tanh", 10), d = spec("tanh", 10);
        StudyClock clock = new StudyClock(List.of(a, b, c, d), 2);
        clock.finished(finished(a, 15, 1.0)); // half its 30 steps in 1 s: a whole run takes 2 s
        assertEquals(3 * 2.0 / 2, clock.secondsLeft(), 1e-9, "three runs of 2 s on two workers");
        clock.finished(finished(b, 30, 2.0));
        clock.finished(finished(c, 30, 2.0));
        assertEquals(2.0, clock.secondsLeft(), 1e-9, "the last run has one worker");
    }
}
