package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Independent trainings (candidate recipes, ensemble members, backtest origins) on a pool of
 * threads, each single-threaded, results in input order: the numbers do not depend on the thread
 * count. The first task to fail ends the others (their trainings stop before their next step, see
 * {@code Trainer}), and its failure is rethrown as it was (an input error stays an input error)
 * once they have ended, so none writes after the caller has cleaned up.
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
        CompletionService<R> finished = new ExecutorCompletionService<>(pool);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T task : tasks) {
                futures.add(finished.submit(() -> work.apply(task)));
            }
            for (int done = 0; done < tasks.size(); done++) {
                finished.take().get(); // in the order they end: the first failure is seen at once
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
            pool.shutdownNow(); // interrupts the tasks still running
            awaitEnd(pool); // no task still writes (a checkpoint, say) once the caller handles a failure
        }
    }

    /**
     * Waits for the pool's tasks to end (a training stops before its next step once interrupted;
     * other work runs to its end), through interrupts of the caller too, which stay set: a caller
     * that is itself a task of an outer pool returns only once nothing it started still runs.
     */
    private static void awaitEnd(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
