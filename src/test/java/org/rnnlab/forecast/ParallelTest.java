package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.rnnlab.cell.CellType;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.StepMetrics;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;

/** Results in input order; a failure is rethrown as it was, and only once no other task still runs. */
class ParallelTest {

    @Test
    void resultsComeInInputOrder_whateverTheThreadCount() {
        List<Integer> tasks = List.of(5, 1, 4, 2, 3);
        for (int threads : new int[] {1, 2, 5}) {
            assertEquals(List.of(50, 10, 40, 20, 30), Parallel.map(tasks, threads, "t", x -> 10 * x));
        }
    }

    @Test
    void aFailure_isRethrownAsItWas_afterTheTaskStillRunningHasEnded() {
        IllegalArgumentException refused = new IllegalArgumentException("refused");
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean otherEnded = new AtomicBoolean();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.map(List.of(0, 1), 2,
                "t", i -> {
                    if (i == 0) {
                        try {
                            started.await(); // fail only once the other task runs
                        } catch (InterruptedException x) {
                            Thread.currentThread().interrupt();
                        }
                        throw refused;
                    }
                    started.countDown();
                    long until = System.nanoTime() + 300_000_000L; // busy for 0.3 s, deaf to interrupts as trainings are
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    otherEnded.set(true);
                    return i;
                }));
        assertSame(refused, e);
        assertTrue(otherEnded.get(), "the other task had ended when the failure reached the caller");
    }

    @Test
    void aFailure_stopsTheTrainingStillRunning_beforeItsNextStep() {
        IllegalStateException failed = new IllegalStateException("failed");
        CountDownLatch trainingStarted = new CountDownLatch(1);
        AtomicLong stepsTaken = new AtomicLong();
        int epochs = 5000, batches = 4;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.map(List.of(0, 1), 2, "t",
                i -> {
                    if (i == 0) {
                        try {
                            trainingStarted.await();
                        } catch (InterruptedException x) {
                            Thread.currentThread().interrupt();
                        }
                        throw failed;
                    }
                    TrainingListener counter = new TrainingListener() {
                        @Override
                        public void onStep(StepMetrics metrics, SequenceModel model) {
                            stepsTaken.incrementAndGet();
                            trainingStarted.countDown();
                        }
                    };
                    SequenceModel model = SequenceModel.create(ModelConfig.of(CellType.GRU, 1, 3, 1),
                            Initialization.pytorchDefault(1));
                    Trainer.fit(model, sine(8, 6), null, TrainingConfig.defaults().withEpochs(epochs).withBatchSize(2),
                            List.of(counter));
                    return i;
                }));
        assertSame(failed, e, "the failure, not the other task's cancellation");
        assertTrue(stepsTaken.get() < (long) epochs * batches, "the other training ran all its "
                + stepsTaken.get() + " steps after the failure");
    }

    /** {@code count} windows of a sine, {@code steps} long, each with the next value as its target. */
    private static Sequences sine(int count, int steps) {
        double[] x = new double[count * steps], y = new double[count];
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < steps; t++) {
                x[n * steps + t] = Math.sin(0.4 * (n + t));
            }
            y[n] = Math.sin(0.4 * (n + steps));
        }
        return Sequences.of(count, steps, 1, 1, false, x, y);
    }
}
