package org.rnnlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.clip.ClipByGlobalNorm;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.Chain;
import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.MatMul;

/**
 * Times training iterations of a {@link Workload}: each iteration zeroes the gradients, runs
 * forward and BPTT, clips the global norm at 1.0 and takes an SGD step (lr 0.01) on a fixed random
 * batch, as the reference PyTorch benchmark does. With several threads, each runs its own model on
 * its own data at the same time, as the runs of a sweep do.
 */
public final class TrainingBenchmark {

    /** Measured results of one thread's run of a workload. */
    /**
     * @param retainedBytes heap the run holds after its warm-up (model, data, workspaces, optimiser),
     *                      measured after garbage collections; -1 when several threads ran
     */
    public record Result(Workload workload, String kernel, long iterations, double seconds, double cpuSeconds,
            double medianMillis, double minMillis, double firstLoss, double lastLoss, long retainedBytes) {

        /** Iterations per second of wall time. */
        public double iterationsPerSecond() {
            return iterations / seconds;
        }

        /** Iterations per second of this thread's CPU time: what one core gives when nothing else runs on it. */
        public double iterationsPerCpuSecond() {
            return iterations / cpuSeconds;
        }

        public double sequenceStepsPerSecond() {
            return iterationsPerSecond() * workload.batch() * workload.steps();
        }

        public double gflops() {
            return workload.flopsPerIteration() * iterationsPerSecond() / 1e9;
        }
    }

    /** How a benchmark runs: timing, BPTT mode and the number of parallel copies. */
    public record Settings(double warmupSeconds, double seconds, int minIterations, Bptt bptt, int threads) {

        public Settings {
            if (!(seconds > 0) || !(warmupSeconds >= 0) || minIterations < 1 || threads < 1 || bptt == null) {
                throw new IllegalArgumentException("benchmark settings need seconds > 0, warm-up >= 0, at least one iteration"
                        + " and one thread, got " + seconds + ", " + warmupSeconds + ", " + minIterations + ", " + threads);
            }
        }
    }

    /** The runs of all threads, timed over the same interval. */
    public record ParallelResult(List<Result> runs, double wallSeconds) {

        /** All threads' iterations over the wall time of the slowest: the sweep's throughput. */
        public double aggregateIterationsPerSecond() {
            return runs.stream().mapToLong(Result::iterations).sum() / wallSeconds;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TrainingBenchmark() {
    }

    /** One thread, full BPTT. */
    public static Result run(Workload w, MatMul kernel, double warmupSeconds, double seconds, int minIterations) {
        Settings s = new Settings(warmupSeconds, seconds, minIterations, Bptt.full(), 1);
        try {
            return new Trial(w, kernel, s.bptt, 0).run(s, null, -1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code settings.threads()} independent copies at once, each with its own model, data and kernel
     * from {@code kernels}; their timed phases start together.
     */
    public static ParallelResult runParallel(Workload w, Supplier<MatMul> kernels, Settings settings) throws InterruptedException {
        int n = settings.threads;
        CyclicBarrier start = new CyclicBarrier(n);
        long heapBefore = n == 1 ? usedHeapAfterGc() : -1;
        Result[] results = new Result[n];
        Throwable[] failures = new Throwable[n];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            Thread t = new Thread(() -> {
                try {
                    results[id] = new Trial(w, kernels.get(), settings.bptt, id).run(settings, start, heapBefore);
                } catch (Throwable e) {
                    failures[id] = e;
                    start.reset();
                }
            }, "rnnlab-bench-" + i);
            threads.add(t);
        }
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        for (Throwable f : failures) {
            if (f != null) {
                throw new IllegalStateException("a benchmark thread failed: " + f, f);
            }
        }
        double wall = Arrays.stream(results).mapToDouble(Result::seconds).max().orElse((System.nanoTime() - t0) / 1e9);
        return new ParallelResult(List.of(results), wall);
    }

    /** One model, its data and its optimiser, as one run of a sweep holds them. */
    private static final class Trial {
        final Workload w;
        final MatMul kernel;
        final Bptt bptt;
        final SequenceModel model;
        final R064Store x;
        final R064Store y;
        final GradientTransform.State chain;
        final Updates updates;
        final StepInfo info = new StepInfo();
        long step;

        Trial(Workload w, MatMul kernel, Bptt bptt, int seed) {
            this.w = w;
            this.kernel = kernel;
            this.bptt = bptt;
            this.model = SequenceModel.create(ModelConfig.of(w.cell(), w.input(), w.hidden(), 1),
                    Initialization.pytorchDefault(seed));
            model.useMatMul(kernel);
            Random rng = new Random(42 + seed);
            this.x = R064Store.FACTORY.make(w.input(), (long) w.steps() * w.batch());
            this.y = R064Store.FACTORY.make(1, w.batch());
            Arrays.setAll(x.data, i -> rng.nextGaussian());
            Arrays.setAll(y.data, i -> rng.nextGaussian());
            this.chain = Chain.of(ClipByGlobalNorm.l2(1.0), OptimizerConfig.of(OptimizerKind.SGD, 0.01).transform())
                    .init(model.parameters());
            this.updates = new Updates(model.parameters());
        }

        void iteration() {
            model.zeroGrad();
            model.lossAndGradient(x, y, w.batch(), bptt);
            updates.loadGradients();
            info.start(step++);
            chain.update(updates, info);
            updates.applyToParameters();
        }

        /** Warms up, then times; with {@code heapBefore >= 0} also measures the heap the run retains. */
        Result run(Settings s, CyclicBarrier start, long heapBefore) throws Exception {
            double firstLoss = model.loss(x, y, w.batch(), bptt);
            long warmEnd = System.nanoTime() + (long) (s.warmupSeconds * 1e9);
            int warm = 0;
            while (warm < 2 || System.nanoTime() < warmEnd) {
                iteration();
                warm++;
            }
            long retained = heapBefore >= 0 ? usedHeapAfterGc() - heapBefore : -1;
            if (start != null) {
                start.await();
            }
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime(), end = t0 + (long) (s.seconds * 1e9);
            double[] millis = new double[1024];
            int n = 0;
            while (n < s.minIterations || System.nanoTime() < end) {
                long t = System.nanoTime();
                iteration();
                if (n == millis.length) {
                    millis = Arrays.copyOf(millis, n * 2);
                }
                millis[n++] = (System.nanoTime() - t) / 1e6;
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double[] sorted = Arrays.copyOf(millis, n);
            Arrays.sort(sorted);
            double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            return new Result(w, kernel.name(), n, elapsed, cpu, median, sorted[0], firstLoss, model.loss(x, y, w.batch(), bptt),
                    retained);
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {   // a few collections, keeping the lowest reading
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The workloads to run for the given ids. */
    public static List<Workload> select(List<String> ids) {
        return ids.stream().map(id -> Workload.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown workload '" + id + "'; expected W1, W2, W3, W4, S1, S2, S3, all or study"))).toList();
    }
}
