package org.rnnlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rnnlab.bench.TrainingBenchmark;
import org.rnnlab.bench.Workload;
import org.rnnlab.cell.CellType;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.tensor.MatMul;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Training throughput on the reference workloads, one thread. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measure training throughput on the reference workloads.",
        description = {"Measure training throughput: each iteration zeroes the gradients, runs forward and",
                "full BPTT, clips the global gradient norm at 1.0 and takes an SGD step (lr 0.01) on a",
                "fixed random batch, in double precision on one thread.", "",
                "Workloads: W1 LSTM D=8 H=128 B=32 T=100; W2 vanilla tanh RNN, same sizes;",
                "W3 LSTM D=1 H=32 B=1 T=50; W4 LSTM D=32 H=512 B=64 T=50.",
                "GFLOP/s counts the matrix products only: 3*T*2*B*G*H*(D+H) per iteration (G gates).", ""})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workload", split = ",", defaultValue = "W1", paramLabel = "W",
            description = "Workloads to run: W1, W2, W3, W4 or all (comma-separated; default: ${DEFAULT-VALUE}).")
    List<String> workloads;

    @Option(names = "--cell", converter = Options.CellConverter.class,
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

    @Option(names = "--seconds", defaultValue = "5", description = "Timed seconds per workload (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up seconds per workload (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || !(warmup >= 0)) {
            throw new IllegalArgumentException("--seconds must be > 0 and --warmup >= 0");
        }
        List<Workload> runs = new ArrayList<>();
        if (cell != null) {
            runs.add(new Workload("custom", cell, input, hidden, batch, length));
        } else if (workloads.size() == 1 && workloads.get(0).equalsIgnoreCase("all")) {
            runs.addAll(List.of(Workload.all()));
        } else {
            runs.addAll(TrainingBenchmark.select(workloads));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<TrainingBenchmark.Result> results = new ArrayList<>();
        if (!json) {
            out.printf("%-4s %-5s %4s %4s %4s %4s  %-7s %9s %12s %8s %9s %9s%n", "", "cell", "D", "H", "B", "T", "kernel",
                    "iter/s", "seq-steps/s", "GFLOP/s", "median ms", "min ms");
        }
        for (Workload w : runs) {
            err.printf("rnnlab bench: %s (%.0f s warm-up, %.0f s timed)...%n", w.describe(), warmup, seconds);
            err.flush();
            TrainingBenchmark.Result r = TrainingBenchmark.run(w, kernel(), warmup, seconds, 3);
            results.add(r);
            if (!json) {
                out.printf("%-4s %-5s %4d %4d %4d %4d  %-7s %9.2f %12.0f %8.2f %9.2f %9.2f%n", w.id(), w.cell().id(), w.input(),
                        w.hidden(), w.batch(), w.steps(), r.kernel(), r.iterationsPerSecond(), r.sequenceStepsPerSecond(),
                        r.gflops(), r.medianMillis(), r.minMillis());
                out.flush();
            }
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (TrainingBenchmark.Result r : results) {
                ObjectNode o = array.addObject();
                Workload w = r.workload();
                o.put("workload", w.id()).put("cell", w.cell().id()).put("input", w.input()).put("hidden", w.hidden())
                        .put("batch", w.batch()).put("steps", w.steps()).put("kernel", r.kernel())
                        .put("iterations", r.iterations()).put("seconds", r.seconds()).put("cpu_seconds", r.cpuSeconds())
                        .put("iterations_per_second", r.iterationsPerSecond())
                        .put("sequence_steps_per_second", r.sequenceStepsPerSecond()).put("gflops", r.gflops())
                        .put("median_ms", r.medianMillis()).put("min_ms", r.minMillis())
                        .put("loss_first", r.firstLoss()).put("loss_last", r.lastLoss())
                        .put("cores", Runtime.getRuntime().availableProcessors());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf("%d cores available; one thread used. Java %s.%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
        }
        return 0;
    }

    private MatMul kernel() {
        if (kernel.equalsIgnoreCase("default")) {
            return MatMul.defaultKernel();
        }
        try {
            return Kernels.byName(kernel);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kernel: " + e.getMessage(), e);
        }
    }
}
