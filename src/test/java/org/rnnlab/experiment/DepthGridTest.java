package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class DepthGridTest {

    private static StudySettings settings(int layers) {
        return new StudySettings(3, layers, 4, 10, 16, 16, 5, DivergenceRule.defaults());
    }

    @Test
    void everyVariantRunsAtEveryDepth_renamedAfterIt_withThatDepthsSettings_shallowFirst() {
        List<RunSpec> specs = DepthGrid.compare(List.of(Variants.named("tanh").get(), Variants.named("lstm").get()),
                List.of(1, 3), List.of(5, 7), 2, AddingProblem::new, DepthGridTest::settings);

        assertEquals(2 * 2 * 2 * 2, specs.size());
        assertEquals(List.of("tanh-L1", "tanh-L3", "lstm-L1", "lstm-L3"), specs.stream().map(s -> s.variant().name()).distinct().toList());
        for (RunSpec s : specs) {
            assertEquals(s.variant().name().endsWith("L3") ? 3 : 1, s.settings().layers(), s.label());
        }
    }

    @Test
    void repeatedDepthsAndMismatchedSettings_areRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> DepthGrid.compare(List.of(Variants.named("tanh").get()),
                List.of(2, 2), List.of(5), 1, AddingProblem::new, DepthGridTest::settings));
        assertEquals("depths must be distinct, got [2, 2]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DepthGrid.compare(List.of(Variants.named("tanh").get()),
                List.of(2), List.of(5), 1, AddingProblem::new, d -> settings(1)));
        assertEquals("the settings of depth 2 have 1 layers", e.getMessage());
    }

    @Test
    void bottomShare_isOneForOneLayer_oneOverLForEqualGradients_andTheMedianOverSteps() {
        JacobianFlow none = null;
        assertEquals(1.0, new RunDiagnostics(none, none, null, new double[][] {{2, 3}}, new double[][] {{0, 0}}).bottomShare());
        double[][] equal = {{1, 2, 4}, {1, 2, 4}, {1, 2, 4}, {1, 2, 4}};
        assertEquals(0.25, new RunDiagnostics(none, none, null, equal, equal).bottomShare(), 1e-15);
        double[][] shares = {{1, 1, 3, Double.NaN}, {1, 3, 1, 1}}; // 1/2, 1/4, 3/4 and a NaN step left out
        assertEquals(0.5, new RunDiagnostics(none, none, null, shares, shares).bottomShare(), 1e-15);
        assertEquals(Double.NaN, RunDiagnostics.NONE.bottomShare());
    }

    @Test
    void medianUpdateRatio_leavesOutStepsWithoutAnAppliedUpdate() {
        double[][] ratios = {{0.0, 1e-3, 3e-3, 2e-3, Double.NaN}};
        assertEquals(2e-3, new RunDiagnostics(null, null, null, ratios, ratios).medianUpdateRatio(0), 1e-18);
    }
}
