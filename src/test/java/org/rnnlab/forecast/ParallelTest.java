package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

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
}
