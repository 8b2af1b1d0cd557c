package org.rnnlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.tensor.MatMul;

/** The products {@code bench} times are the ones training multiplies, on the kernel it times. */
class GemmRateTest {

    private static List<String> names(Workload w, MatMul mm) {
        return GemmRate.products(w, mm).stream().map(GemmRate.Product::name).toList();
    }

    @Test
    void onTheSmallProductKernel_theStudyShapesGradientsAndInputsGoStepByStep_asTheCellsRunThem() {
        MatMul openblas = Kernels.byName("openblas");
        assertTrue(openblas.smallProductsFast(128, 32), "the test JVM runs the Vector API kernel");
        assertEquals(List.of("step W_hh·h", "step W_hhT·dz", "step W_ih·x", "step dz·xT", "step dz·hT"),
                names(Workload.S1, openblas));
        // B = 1: the weight gradients stay one product over the window
        assertEquals(List.of("step W_hh·h", "step W_hhT·dz", "step W_ih·x", "window dZ·Xt", "window dZ·Ht"),
                names(Workload.W3, openblas));
        // H = 512: C is too large for the small-product kernel
        assertEquals(List.of("step W_hh·h", "step W_hhT·dz", "window W_ih·X", "window dZ·Xt", "window dZ·Ht"),
                names(Workload.W4, openblas));
    }

    @Test
    void everyPlan_countsTheSameArithmetic_twoTbGhTimesThreeHPlusTwoD() {
        for (Workload w : new Workload[] {Workload.W1, Workload.W3, Workload.W4, Workload.S1, Workload.S2, Workload.S3}) {
            double gh = w.cell().gates() * w.hidden();
            double expected = 2.0 * w.steps() * w.batch() * gh * (3.0 * w.hidden() + 2.0 * w.input());
            for (String kernel : new String[] {"openblas", "java"}) {
                double flops = GemmRate.products(w, Kernels.byName(kernel)).stream().mapToDouble(GemmRate.Product::flops).sum();
                assertEquals(expected, flops, 0.0, w.id() + " on " + kernel);
            }
        }
    }
}
