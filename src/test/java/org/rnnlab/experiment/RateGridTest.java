package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.clip.Clipping;
import org.rnnlab.optim.Schedule;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class RateGridTest {

    private static final StudySettings SETTINGS = new StudySettings(4, 1, 4, 10, 16, 16, 5, DivergenceRule.defaults());

    @Test
    void everyRateGetsEveryThreshold_atThatConstantRate_withTheOptimiserOtherwiseKept() {
        Variant base = Variants.named("tanh").get();
        List<RunSpec> specs = RateGrid.sweep(base, List.of(Grid.Threshold.none(), Grid.Threshold.of(1)), List.of(0.01, 1e-4),
                List.of(5, 8), 2, AddingProblem::new, SETTINGS);

        assertEquals(2 * 2 * 2 * 2, specs.size());
        assertEquals(List.of("tanh-lr0.01-none", "tanh-lr0.01-tau-1", "tanh-lr0.0001-none", "tanh-lr0.0001-tau-1"),
                specs.stream().map(s -> s.variant().name()).distinct().toList());
        for (RunSpec s : specs) {
            Variant v = s.variant();
            double rate = v.name().contains("0.01") ? 0.01 : 1e-4;
            assertEquals(new Schedule.Constant(rate), v.optimizer().schedule());
            assertEquals(base.optimizer().withSchedule(new Schedule.Constant(rate)), v.optimizer());
            assertEquals(v.name().endsWith("none") ? Clipping.none() : Clipping.globalNorm(1), v.clipping());
        }
    }

    @Test
    void badRates_areRefusedWithTheValue() {
        Variant base = Variants.named("tanh").get();
        var e = assertThrows(IllegalArgumentException.class, () -> RateGrid.sweep(base, List.of(Grid.Threshold.none()),
                List.of(0.1, -1.0), List.of(5), 1, AddingProblem::new, SETTINGS));
        assertEquals("a learning rate must be > 0, got -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RateGrid.sweep(base, List.of(Grid.Threshold.none()),
                List.of(0.1, 0.1), List.of(5), 1, AddingProblem::new, SETTINGS));
        assertEquals("learning rates must be distinct, got [0.1, 0.1]", e.getMessage());
    }
}
