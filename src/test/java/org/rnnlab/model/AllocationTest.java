package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.tensor.JavaMatMul;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.OjAlgoMatMul;

/**
 * "No allocation in the time loop", measured rather than timed: once the workspaces for a window
 * shape exist, the bytes this thread allocates in one {@code lossAndGradient} call do not grow
 * with the window length. A per-step allocation of even 8 bytes would add 480+ bytes per layer
 * between 20 and 80 steps.
 */
class AllocationTest {

    /** B = 16: large enough for the step-by-step weight gradients where the kernel has fast small products. */
    private static final int D = 2, H = 8, B = 16, SHORT = 20, LONG = 80;
    /** Slack for the odd allocation by the JIT's deoptimisation or class loading on this thread. */
    private static final long SLACK_BYTES = 256;

    /**
     * Every cell on every kernel; the layer-normalised cells, whose extra work is element-wise loops
     * and products of the shapes the plain cells already run, on the default kernel only.
     */
    static Stream<Arguments> models() {
        Stream<Arguments> plain = Stream.of(CellType.values()).flatMap(cell -> kernels()
                .flatMap(mm -> Stream.of(TaskShape.values()).map(task -> Arguments.of(cell + " " + mm.name() + " " + task,
                        cell, Norm.NONE, mm, task))));
        Stream<Arguments> normed = Stream.of(CellType.values()).flatMap(cell -> Stream.of(TaskShape.values())
                .map(task -> Arguments.of(cell + "-ln " + MatMul.defaultKernel().name() + " " + task, cell, Norm.LAYER,
                        MatMul.defaultKernel(), task)));
        return Stream.concat(plain, normed);
    }

    private static Stream<MatMul> kernels() {
        return org.rnnlab.tensor.OpenBlasMatMul.isAvailable()
                ? Stream.of(new OjAlgoMatMul(), new JavaMatMul(), new org.rnnlab.tensor.OpenBlasMatMul())
                : Stream.of(new OjAlgoMatMul(), new JavaMatMul());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void lossAndGradient_allocatesTheSameBytesFor20And80Steps(String name, CellType cell, Norm norm, MatMul mm,
            TaskShape task) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        SequenceModel model = SequenceModel.create(ModelConfig.of(cell, D, H, 1).withLayers(2).withTask(task).withNorm(norm),
                Initialization.pytorchDefault(1));
        model.useMatMul(mm);
        int[] steps = {SHORT, LONG};
        R064Store[] x = new R064Store[2], y = new R064Store[2];
        Random rng = new Random(2);
        for (int s = 0; s < 2; s++) {
            x[s] = R064Store.FACTORY.make(D, (long) steps[s] * B);
            y[s] = R064Store.FACTORY.make(1, task == TaskShape.MANY_TO_MANY ? (long) steps[s] * B : B);
            for (int i = 0; i < x[s].data.length; i++) {
                x[s].data[i] = rng.nextGaussian();
            }
        }
        long[] least = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int round = 0; round < 200; round++) {
            for (int s = 0; s < 2; s++) {
                model.zeroGrad();
                long before = threads.getCurrentThreadAllocatedBytes();
                model.lossAndGradient(x[s], y[s], B, Bptt.full());
                long bytes = threads.getCurrentThreadAllocatedBytes() - before;
                if (round >= 150) { // the first rounds build the workspaces and let the JIT compile the (vectorised) loops
                    least[s] = Math.min(least[s], bytes);
                }
            }
        }
        long growth = least[1] - least[0];
        assertTrue(Math.abs(growth) <= SLACK_BYTES, name + ": " + least[0] + " bytes at T = " + SHORT + ", " + least[1]
                + " at T = " + LONG + " (+" + growth + ")");
        assertTrue(least[0] < 4096, name + ": a warmed-up call allocated " + least[0] + " bytes");
    }
}
