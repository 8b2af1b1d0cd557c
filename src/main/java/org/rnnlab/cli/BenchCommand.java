package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.rnnlab.activation.Gates;
import org.rnnlab.bench.GemmRate;
import org.rnnlab.bench.TrainingBenchmark;
import org.rnnlab.bench.Workload;
import org.rnnlab.cell.CellType;
import org.rnnlab.model.Bptt;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.text.Plural;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Training throughput on the reference workloads, on one thread or several independent ones. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measure training throughput on the reference workloads.",
        description = {"Measure training throughput: each iteration zeroes the gradients, runs forward and",
                "full BPTT, clips the global gradient norm at 1.0 and takes an SGD step (lr 0.01) on a",
                "fixed random batch, in double precision. --threads N runs N independent copies at once.", "",
                "Workloads: W1 LSTM D=8 H=128 B=32 T=100; W2 vanilla tanh RNN, same sizes;",
                "W3 LSTM D=1 H=32 B=1 T=50; W4 LSTM D=32 H=512 B=64 T=50 (all: W1-W4).",
                "The laboratory's shapes: S1 LSTM D=2 H=32 B=32 T=200; S2 tanh RNN, S3 GRU, same sizes (study: S1-S3).",
                "GFLOP/s counts the matrix products only: 3*T*2*B*G*H*(D+H) per iteration (G gates).", ""})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workload", split = ",", defaultValue = "W1", paramLabel = "W",
            description = "Workloads to run: W1, W2, W3, W4, S1, S2, S3, all (W1-W4) or study (S1-S3) (comma-separated; "
                    + "default: ${DEFAULT-VALUE}).")
    List<String> workloads;

    @Option(names = "--cell",
            description = "Run a custom workload with this cell instead (with --hidden, --batch, --length, --input).")
    CellType cell;

    @Option(names = "--input", defaultValue = "8", description = "Custom workload: inputs per step (default: ${DEFAULT-VALUE}).")
    int input;

    @Option(names = "--hidden", defaultValue = "128", description = "Custom workload: hidden units (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--batch", defaultValue = "32", description = "Custom workload: batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--length", defaultValue = "100", description = "Custom workload: sequence length (default: ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--kernel", defaultValue = "default",
            description = "Matrix-product kernel: default, openblas, ojalgo or java (default: ${DEFAULT-VALUE}: "
                    + "openblas when it loads, else ojalgo).")
    String kernel;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Run N independent copies at once, as a sweep's runs do, and report their aggregate "
                    + "iterations per second (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--truncation", defaultValue = "0", paramLabel = "K",
            description = "Truncated BPTT in chunks of K steps; 0 for full BPTT (default: ${DEFAULT-VALUE}).")
    int truncation;

    @Option(names = "--seconds", defaultValue = "5", description = "Timed seconds per workload (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up seconds per workload (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--gemm-seconds", defaultValue = "1", paramLabel = "S",
            description = "Seconds spent measuring the kernel alone at the workload's product shapes; 0 skips it "
                    + "(default: ${DEFAULT-VALUE}).")
    double gemmSeconds;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("--seconds must be > 0, got " + seconds);
        }
        if (!(warmup >= 0) || !(gemmSeconds >= 0)) {
            throw new IllegalArgumentException((warmup >= 0 ? "--gemm-seconds" : "--warmup") + " must be >= 0, got "
                    + (warmup >= 0 ? gemmSeconds : warmup));
        }
        if (threads < 1 || truncation < 0) {
            throw new IllegalArgumentException(threads < 1 ? "--threads must be >= 1, got " + threads
                    : "--truncation must be >= 0, got " + truncation);
        }
        rejectInapplicable();
        List<Workload> runs = selectedWorkloads();
        Bptt bptt = truncation == 0 ? Bptt.full() : Bptt.truncated(truncation);
        for (Workload w : runs) {
            bptt.chunkLength(w.steps()); // rejects a truncation longer than the window before any work
        }
        Supplier<MatMul> kernels = kernelFactory();
        kernels.get();
        TrainingBenchmark.Settings settings = new TrainingBenchmark.Settings(warmup, seconds, 3, bptt, threads);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        if (!json) {
            out.printf("%-6s %-5s %4s %4s %4s %4s  %-8s %3s %9s %10s %12s %8s %9s %8s %9s %8s%n", "", "cell", "D", "H", "B", "T",
                    "kernel", "thr", "iter/s", "iter/cpu-s", "seq-steps/s", "GFLOP/s", "median ms", "min ms", "GEMM GF/s",
                    "heap MB");
        }
        for (Workload w : runs) {
            err.printf("rnnlab bench: %s, %s BPTT, %s (%.0f s warm-up, %.0f s timed)...%n", w.describe(), bptt,
                    Plural.of(threads, "thread"), warmup, seconds);
            err.flush();
            TrainingBenchmark.ParallelResult trained = TrainingBenchmark.runParallel(w, kernels, settings);
            // after the training, which has let the JIT compile the kernel's code for these shapes: measured
            // first, a Vector API kernel could still run in its first-tier code and boxed its vectors (0.1 GFLOP/s)
            GemmRate.Result gemm = gemmSeconds > 0 ? GemmRate.measure(w, kernels.get(), gemmSeconds) : null;
            Row row = new Row(w, gemm, trained);
            if (!json) {
                printRow(out, row);
            }
            putRow(array.addObject(), row, bptt);
        }
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf("%d cores; Java %s; gate functions on the %s.%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Gates.vectorized() ? "Vector API"
                            : "scalar path (same bits; the launcher's --add-modules jdk.incubator.vector vectorises them)");
            out.println("iter/s: all threads' iterations per wall second; iter/cpu-s: per thread, per second of its CPU time;");
            out.println("GEMM GF/s: the kernel alone at this workload's product shapes; heap MB: retained by one run (1 thread).");
        }
        return 0;
    }

    /** The custom workload of --cell, every reference workload for "all", or the ones named. */
    private List<Workload> selectedWorkloads() {
        List<Workload> runs = new ArrayList<>();
        if (cell != null) {
            runs.add(new Workload("custom", cell, input, hidden, batch, length));
        } else if (workloads.size() == 1 && workloads.get(0).equalsIgnoreCase("all")) {
            runs.addAll(List.of(Workload.all()));
        } else if (workloads.size() == 1 && workloads.get(0).equalsIgnoreCase("study")) {
            runs.addAll(List.of(Workload.study()));
        } else {
            runs.addAll(TrainingBenchmark.select(workloads));
        }
        return runs;
    }

    /** One workload's measurements and the figures a row shows, over its threads' runs. */
    private record Row(Workload w, GemmRate.Result gemm, TrainingBenchmark.ParallelResult parallel,
            TrainingBenchmark.Result first, double aggregate, double perCpu, double medianMs, double minMs,
            double heapMb, double gflops) {

        Row(Workload w, GemmRate.Result gemm, TrainingBenchmark.ParallelResult pr) {
            this(w, gemm, pr, pr.runs().get(0), pr.aggregateIterationsPerSecond(),
                    median(pr.runs().stream().mapToDouble(TrainingBenchmark.Result::iterationsPerCpuSecond).toArray()),
                    median(pr.runs().stream().mapToDouble(TrainingBenchmark.Result::medianMillis).toArray()),
                    pr.runs().stream().mapToDouble(TrainingBenchmark.Result::minMillis).min().orElse(Double.NaN),
                    pr.runs().get(0).retainedBytes() < 0 ? Double.NaN : pr.runs().get(0).retainedBytes() / 1048576.0,
                    w.flopsPerIteration() * pr.aggregateIterationsPerSecond() / 1e9);
        }

        List<TrainingBenchmark.Result> runs() {
            return parallel.runs();
        }
    }

    private void printRow(PrintWriter out, Row r) {
        Workload w = r.w();
        out.printf("%-6s %-5s %4d %4d %4d %4d  %-8s %3d %9.2f %10.2f %12.0f %8.2f %9.2f %8.2f %9s %8s%n", w.id(),
                w.cell().id(), w.input(), w.hidden(), w.batch(), w.steps(), r.first().kernel(), threads, r.aggregate(),
                r.perCpu(), r.aggregate() * w.batch() * w.steps(), r.gflops(), r.medianMs(), r.minMs(),
                r.gemm() == null ? "-" : String.format("%.1f", r.gemm().gflops()),
                Double.isNaN(r.heapMb()) ? "-" : String.format("%.1f", r.heapMb()));
        out.flush();
    }

    private void putRow(ObjectNode o, Row r, Bptt bptt) {
        Workload w = r.w();
        TrainingBenchmark.Result first = r.first();
        o.put("workload", w.id()).put("cell", w.cell().id()).put("input", w.input()).put("hidden", w.hidden())
                .put("batch", w.batch()).put("steps", w.steps()).put("bptt", bptt.toString()).put("kernel", first.kernel())
                .put("elementwise", Gates.vectorized() ? "vector" : "scalar").put("threads", threads)
                .put("iterations", r.runs().stream().mapToLong(TrainingBenchmark.Result::iterations).sum())
                .put("seconds", r.parallel().wallSeconds())
                .put("cpu_seconds", r.runs().stream().mapToDouble(TrainingBenchmark.Result::cpuSeconds).sum())
                .put("iterations_per_second", r.aggregate()).put("iterations_per_cpu_second", r.perCpu())
                .put("sequence_steps_per_second", r.aggregate() * w.batch() * w.steps()).put("gflops", r.gflops())
                .put("flops_per_iteration", w.flopsPerIteration())
                .put("median_ms", r.medianMs()).put("min_ms", r.minMs())
                .put("loss_first", first.firstLoss()).put("loss_last", first.lastLoss())
                .put("cores", Runtime.getRuntime().availableProcessors());
        if (!Double.isNaN(r.heapMb())) {
            o.put("retained_heap_mb", r.heapMb());
        }
        GemmRate.Result gemm = r.gemm();
        if (gemm != null) {
            o.put("gemm_gflops", gemm.gflops());
            ArrayNode products = o.putArray("gemm_products");
            for (int i = 0; i < gemm.products().size(); i++) {
                GemmRate.Product p = gemm.products().get(i);
                products.addObject().put("product", p.name()).put("m", p.m()).put("n", p.n()).put("k", p.k())
                        .put("count", p.count()).put("ms_per_iteration", gemm.seconds()[i] * 1e3)
                        .put("gflops", p.flops() / gemm.seconds()[i] / 1e9);
            }
        }
    }

    /** Rejects a custom workload's sizes without --cell, and --workload with it: they would change nothing. */
    private void rejectInapplicable() {
        for (String option : new String[] {"--input", "--hidden", "--batch", "--length"}) {
            Options.rejectUnless(cell != null, spec, option, "a custom workload (--cell)", "the reference workloads");
        }
        Options.rejectUnless(cell == null, spec, "--workload", "the reference workloads", "a custom workload (--cell)");
    }

    private Supplier<MatMul> kernelFactory() {
        if (kernel.equalsIgnoreCase("default")) {
            return MatMul::defaultKernel;
        }
        try {
            Kernels.byName(kernel);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kernel: " + e.getMessage(), e);
        }
        return () -> Kernels.byName(kernel);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
