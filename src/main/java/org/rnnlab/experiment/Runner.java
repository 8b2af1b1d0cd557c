package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The default {@link StudyRunner}: a pool of threads in this process, each run single-threaded
 * with its own model, data and seeds, so the results are the same for any thread count. Runs start
 * longest first (by {@link RunSpec#cost()}) to keep the pool busy to the end; {@code onDone} hears
 * of each run as it finishes, on the calling thread, and the results come back in the order of the
 * specs.
 */
public final class Runner implements StudyRunner {

    private final int threads;

    /** A pool of {@code threads} worker threads (at least 1). */
    public Runner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** The default thread count: every core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** {@code new Runner(threads).run(specs, onDone)}. */
    public static List<RunResult> run(List<RunSpec> specs, int threads, Consumer<RunResult> onDone) {
        return new Runner(threads).run(specs, onDone);
    }

    public int threads() {
        return threads;
    }

    @Override
    public List<RunResult> run(List<RunSpec> specs, Consumer<RunResult> onDone) {
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
        CompletionService<RunResult> finished = new ExecutorCompletionService<>(pool);
        Map<Future<RunResult>, Integer> index = new HashMap<>();
        int done = 0;
        try {
            for (int i : order) {
                RunSpec spec = specs.get(i);
                index.put(finished.submit(() -> RunExecutor.execute(spec)), i);
            }
            RunResult[] records = new RunResult[specs.size()];
            for (; done < specs.size(); done++) {
                Future<RunResult> f = finished.take();
                RunResult r = f.get();
                records[index.get(f)] = r;
                onDone.accept(r);
            }
            return List.of(records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted after " + done + " of " + specs.size() + " runs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run failed outside its own error handling: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
