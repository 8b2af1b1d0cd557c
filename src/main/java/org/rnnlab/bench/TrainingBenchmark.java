package org.rnnlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

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
 * Times training iterations of a {@link Workload} on one thread: each iteration zeroes the
 * gradients, runs forward and full BPTT, clips the global norm at 1.0 and takes an SGD step
 * (lr 0.01) on a fixed random batch, as the reference PyTorch benchmark does.
 */
public final class TrainingBenchmark {

    /** Measured results of one workload. */
    public record Result(Workload workload, String kernel, long iterations, double seconds, double cpuSeconds,
            double medianMillis, double minMillis, double firstLoss, double lastLoss) {

        public double iterationsPerSecond() {
            return iterations / seconds;
        }

        public double sequenceStepsPerSecond() {
            return iterationsPerSecond() * workload.batch() * workload.steps();
        }

        public double gflops() {
            return workload.flopsPerIteration() * iterationsPerSecond() / 1e9;
        }
    }

    private TrainingBenchmark() {
    }

    /**
     * Warms up for about {@code warmupSeconds}, then runs for about {@code seconds} (at least
     * {@code minIterations}).
     */
    public static Result run(Workload w, MatMul kernel, double warmupSeconds, double seconds, int minIterations) {
        SequenceModel model = SequenceModel.create(ModelConfig.of(w.cell(), w.input(), w.hidden(), 1),
                Initialization.pytorchDefault(0));
        model.useMatMul(kernel);
        Random rng = new Random(42);
        R064Store x = R064Store.FACTORY.make(w.input(), (long) w.steps() * w.batch());
        R064Store y = R064Store.FACTORY.make(1, w.batch());
        Arrays.setAll(x.data, i -> rng.nextGaussian());
        Arrays.setAll(y.data, i -> rng.nextGaussian());
        GradientTransform.State chain = Chain.of(ClipByGlobalNorm.l2(1.0), OptimizerConfig.of(OptimizerKind.SGD, 0.01).transform())
                .init(model.parameters());
        Updates updates = new Updates(model.parameters());
        StepInfo info = new StepInfo();
        long[] step = {0};
        Runnable iteration = () -> {
            model.zeroGrad();
            model.lossAndGradient(x, y, w.batch(), Bptt.full());
            updates.loadGradients();
            info.start(step[0]++);
            chain.update(updates, info);
            updates.applyToParameters();
        };
        double firstLoss = model.loss(x, y, w.batch());
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warm = 0;
        while (warm < 2 || System.nanoTime() < warmEnd) {
            iteration.run();
            warm++;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime(), end = t0 + (long) (seconds * 1e9);
        double[] millis = new double[1024];
        int n = 0;
        while (n < minIterations || System.nanoTime() < end) {
            long s = System.nanoTime();
            iteration.run();
            if (n == millis.length) {
                millis = Arrays.copyOf(millis, n * 2);
            }
            millis[n++] = (System.nanoTime() - s) / 1e6;
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        return new Result(w, kernel.name(), n, elapsed, cpu, median, sorted[0], firstLoss, model.loss(x, y, w.batch()));
    }

    /** The workloads to run for the given ids. */
    public static List<Workload> select(List<String> ids) {
        return ids.stream().map(id -> Workload.byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown workload '" + id + "'; expected W1, W2, W3, W4 or all"))).toList();
    }
}
