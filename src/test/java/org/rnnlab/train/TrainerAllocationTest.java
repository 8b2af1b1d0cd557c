package org.rnnlab.train;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;

/**
 * The training step allocates nothing of its own, measured rather than timed: with nobody
 * listening, the bytes a run allocates grow per step by no more than one {@code lossAndGradient}
 * call allocates (its constant few hundred bytes; see {@code model.AllocationTest}). Norm arrays,
 * an exception or a lambda per step would add 40 bytes or more.
 */
class TrainerAllocationTest {

    private static final int SEQUENCES = 400, STEPS = 6, SHORT = 100, LONG = 400;
    /** Slack for the JIT compiling differently inside and outside the training loop. */
    private static final double SLACK_BYTES = 24;

    @ParameterizedTest
    @EnumSource(CellType.class)
    void aTrainingStep_allocatesNoMoreThanItsForwardAndBackwardPass(CellType cell) {
        assertAllocationFree(cell, Clipping.globalNorm(1e-3));
    }

    /** AutoClip (with a bounded history; an unbounded one doubles its arrays now and then) and AGC allocate nothing per step. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"autoclip", "agc"})
    void theAdaptiveClippingRules_allocateNothingPerStep(String rule) {
        assertAllocationFree(CellType.LSTM, rule.equals("agc") ? Clipping.adaptive(org.rnnlab.clip.AdaptiveClip.of(0.01))
                : Clipping.autoClip(new org.rnnlab.clip.AutoClip(10, org.rnnlab.clip.AutoClip.Order.PAPER, 64)));
    }

    private static void assertAllocationFree(CellType cell, Clipping clipping) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not count allocated bytes per thread");
        SequenceModel model = SequenceModel.create(ModelConfig.of(cell, 1, 8, 1), Initialization.pytorchDefault(1));
        Sequences data = Fixtures.sineWindows(SEQUENCES, STEPS);
        Batch batch = Batch.first(data, 1);
        TrainingConfig cfg = TrainingConfig.defaults().withEpochs(1).withBatchSize(1).withClipping(clipping);
        long[] run = {Long.MAX_VALUE, Long.MAX_VALUE};
        long call = Long.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            for (int k = 0; k < 2; k++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                Trainer.fit(model, data, null, cfg.withMaxSteps(k == 0 ? SHORT : LONG), List.of());
                run[k] = Math.min(run[k], threads.getCurrentThreadAllocatedBytes() - before);
            }
            for (int i = 0; i < 100; i++) {
                model.zeroGrad();
                long before = threads.getCurrentThreadAllocatedBytes();
                model.lossAndGradient(batch.x(), batch.y(), 1, Bptt.full());
                call = Math.min(call, threads.getCurrentThreadAllocatedBytes() - before);
            }
        }
        double perStep = (run[1] - run[0]) / (double) (LONG - SHORT);
        assertTrue(perStep <= call + SLACK_BYTES, cell + ", " + clipping.label() + ": a step allocated " + perStep + " bytes, its lossAndGradient call "
                + call);
    }
}
