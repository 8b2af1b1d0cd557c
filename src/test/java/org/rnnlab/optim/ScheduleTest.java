package org.rnnlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/** Learning-rate schedules: exact values at the steps that define them, and their validation. */
class ScheduleTest {

    @Test
    void constant_isTheSameAtEveryStep() {
        Schedule s = new Schedule.Constant(0.3);
        for (long step : new long[] {0, 1, 10, 1_000_000}) {
            assertEquals(0.3, s.rate(step), 0.0);
        }
    }

    @Test
    void stepDecay_multipliesByTheFactorEveryIntervalSteps() {
        Schedule s = new Schedule.StepDecay(0.1, 0.5, 3);
        double[] expected = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125};
        for (int step = 0; step < expected.length; step++) {
            assertEquals(expected[step], s.rate(step), 0.0, "step " + step);
        }
        assertEquals(0.1, new Schedule.StepDecay(0.1, 1.0, 1).rate(50), 0.0);
    }

    @Test
    void cosine_startsAtTheInitialRate_passesTheMeanHalfWay_andEndsAtTheMinimum() {
        Schedule s = new Schedule.Cosine(1.0, 0.1, 10);
        assertEquals(1.0, s.rate(0), 0.0);
        assertEquals(0.55, s.rate(5), 1e-15); // 0.1 + 0.9·(1 + cos(π/2))/2
        assertEquals(0.1 + 0.9 * (1 + Math.cos(Math.PI / 10)) / 2, s.rate(1), 1e-15);
        assertEquals(0.1 + 0.9 * (1 + Math.cos(0.9 * Math.PI)) / 2, s.rate(9), 1e-15);
        assertEquals(0.1, s.rate(10), 0.0);
        assertEquals(0.1, s.rate(1000), 0.0);
        for (int step = 1; step <= 10; step++) {
            assertEquals(true, s.rate(step) < s.rate(step - 1), "not decreasing at step " + step);
        }
        assertEquals(0.0, new Schedule.Cosine(0.2, 0.0, 4).rate(4), 0.0);
        assertEquals(0.1, new Schedule.Cosine(0.2, 0.0, 4).rate(2), 1e-16);
    }

    @Test
    void warmup_rampsLinearlyToTheWrappedSchedule_thenFollowsIt() {
        Schedule s = new Schedule.Warmup(4, new Schedule.Constant(0.2));
        // rate·(step + 1)/4 for steps 0..3
        assertEquals(0.05, s.rate(0), 0.0);
        assertEquals(0.1, s.rate(1), 0.0);
        assertEquals(0.15, s.rate(2), 1e-16); // 0.2·3/4, one rounding
        assertEquals(0.2, s.rate(3), 0.0);
        assertEquals(0.2, s.rate(4), 0.0);
        assertEquals(0.2, s.rate(100), 0.0);

        Schedule c = new Schedule.Warmup(2, new Schedule.StepDecay(1.0, 0.5, 3));
        assertEquals(0.5, c.rate(0), 0.0); // 1.0·1/2
        assertEquals(1.0, c.rate(1), 0.0); // 1.0·2/2
        assertEquals(1.0, c.rate(2), 0.0); // the step decay itself
        assertEquals(0.5, c.rate(3), 0.0);
    }

    @Test
    void warmup_scalesTheWrappedScheduleAtTheSameStep() {
        Schedule inner = new Schedule.Cosine(1.0, 0.0, 10);
        Schedule s = new Schedule.Warmup(3, inner);
        assertEquals(inner.rate(0) / 3, s.rate(0), 1e-16);
        assertEquals(inner.rate(1) * 2 / 3, s.rate(1), 1e-16);
        assertEquals(inner.rate(2), s.rate(2), 0.0);
        assertEquals(inner.rate(7), s.rate(7), 0.0);
    }

    @Test
    void learningRateLink_usesTheStepOfTheStepInfo_andRecordsTheRate() {
        Parameter p = Parameter.vector("w", ParameterKind.BIAS_IH, 0, 1);
        GradientTransform.State state = new ScaleByLearningRate(new Schedule.StepDecay(0.1, 0.5, 3)).init(List.of(p));
        Updates u = new Updates(List.of(p));
        StepInfo info = new StepInfo();
        u.values(0)[0] = 2.0;
        info.start(4);
        state.update(u, info);
        assertEquals(0.05, info.learningRate(), 0.0);
        assertEquals(-0.1, u.values(0)[0], 0.0);
    }

    @Test
    void schedules_rejectBadValues_namingThem() {
        assertMessage("learning rate must be > 0, got 0.0", () -> new Schedule.Constant(0.0));
        assertMessage("learning rate must be > 0, got NaN", () -> new Schedule.Constant(Double.NaN));
        assertMessage("learning rate must be > 0, got Infinity", () -> new Schedule.StepDecay(Double.POSITIVE_INFINITY, 0.5, 2));
        assertMessage("step decay factor must be in (0, 1], got 1.5", () -> new Schedule.StepDecay(0.1, 1.5, 2));
        assertMessage("step decay factor must be in (0, 1], got 0.0", () -> new Schedule.StepDecay(0.1, 0.0, 2));
        assertMessage("step decay interval must be >= 1 step, got 0", () -> new Schedule.StepDecay(0.1, 0.5, 0));
        assertMessage("cosine minimum must be in [0, 0.1], got 0.2", () -> new Schedule.Cosine(0.1, 0.2, 10));
        assertMessage("cosine minimum must be in [0, 0.1], got -0.01", () -> new Schedule.Cosine(0.1, -0.01, 10));
        assertMessage("cosine schedule needs >= 1 step, got 0", () -> new Schedule.Cosine(0.1, 0.0, 0));
        assertMessage("warm-up needs >= 1 step, got 0", () -> new Schedule.Warmup(0, new Schedule.Constant(0.1)));
        assertMessage("warm-up needs the schedule that follows it", () -> new Schedule.Warmup(5, null));
        assertMessage("a learning-rate schedule is required", () -> new ScaleByLearningRate(null));
    }

    static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
