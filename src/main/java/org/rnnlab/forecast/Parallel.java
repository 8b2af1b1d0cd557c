package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent trainings (candidate recipes, ensemble members, backtest origins) on a pool of
 * threads, each single-threaded, results in input order: the numbers do not depend on the thread
 * count. A failure of one task is rethrown as it was (an input error stays an input error), once
 * the tasks still running have ended, so none writes after the caller has cleaned up.
 */
final class Parallel {

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> tasks, int threads, String name, Function<T, R> work) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T task : tasks) {
                futures.add(pool.submit(() -> work.apply(task)));
            }
            List<R> results = new ArrayList<>(tasks.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            awaitEnd(pool); // no task still writes (a checkpoint, say) once the caller handles a failure
        }
    }

    /**
     * Waits for the pool's tasks to end (trainings do not stop on an interrupt, so after one task
     * fails this lasts as long as the others still running take); an interrupt stops the wait and
     * stays set.
     */
    private static void awaitEnd(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
