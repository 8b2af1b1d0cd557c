package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs a study's runs on a pool of threads, each run single-threaded with its own model, data and
 * seeds, so the results are the same for any thread count. Results come back in the order of the
 * specs; {@code onDone} hears of each run as it finishes (from worker threads).
 */
public final class Runner {

    private Runner() {
    }

    /** The default thread count: every core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static List<RunResult> run(List<RunSpec> specs, int threads, Consumer<RunResult> onDone) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        // longest runs first keeps the pool busy to the end; results are put back in spec order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(specs.get(b).cost(), specs.get(a).cost()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "rnnlab-run");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<RunResult>> futures = new ArrayList<>(specs.size());
            for (int i = 0; i < specs.size(); i++) {
                futures.add(null);
            }
            for (int i : order) {
                RunSpec spec = specs.get(i);
                futures.set(i, pool.submit(() -> {
                    RunResult r = RunExecutor.execute(spec);
                    done.incrementAndGet();
                    onDone.accept(r);
                    return r;
                }));
            }
            List<RunResult> records = new ArrayList<>(specs.size());
            for (Future<RunResult> f : futures) {
                records.add(f.get());
            }
            return records;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted after " + done.get() + " of " + specs.size() + " runs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run failed outside its own error handling: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
