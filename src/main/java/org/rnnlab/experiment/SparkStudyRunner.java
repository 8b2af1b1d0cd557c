package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.rnnlab.task.CsvSeriesTask;
import org.rnnlab.tensor.Kernels;

/**
 * Runs a study's runs on Apache Spark, one Spark task per run: the only class that imports Spark.
 *
 * <p>Each run is its own one-task job ({@code parallelize(List.of(spec), 1).map(execute)}, submitted
 * with {@code collectAsync}), longest first by {@link RunSpec#cost()}, so the cluster runs as many at
 * once as it has cores and every result comes back to the driver as soon as its task ends; the
 * calling thread hands it to {@code onDone} (where a study persists it) and finally returns all
 * results in the order of the specs. A run is seeded by its spec alone, and an executor uses the
 * driver's kernel when one was chosen ({@code --reproducible}), so the results equal the local
 * runner's; each result's provenance names the executor that computed it.
 *
 * <p>Failures: {@link RunExecutor#execute} never throws, so a diverged or failed run is a result.
 * A task lost with its executor is retried by Spark ({@code spark.task.maxFailures}, 4 on a cluster,
 * 1 in {@code local[N]}); a run that still fails does not stop the others, and {@link #run} throws
 * after every other run has come back (and reached {@code onDone}), so a study resumes from its
 * records on the next submit.
 *
 * <p>Configuration: a master given here wins; otherwise {@code spark-submit --master} (the
 * {@code spark.master} property), else {@code local[*]}. The web UI is off and Spark logs at WARN
 * unless asked ({@code --conf spark.ui.enabled=true}, {@code --conf spark.log.level=INFO}, or
 * {@code verbose}). Spark's default Java serialisation ships specs and results (Kryo cannot handle
 * records).
 */
public final class SparkStudyRunner implements StudyRunner, AutoCloseable {

    /** How often the driver looks for finished jobs. */
    private static final long POLL_MILLIS = 20;

    private final JavaSparkContext context;

    /**
     * Starts (or joins) this JVM's Spark context.
     *
     * @param master  a Spark master URL ({@code local[2]}, {@code spark://host:7077}), or null for the
     *                one spark-submit gives, else {@code local[*]}
     * @param verbose Spark's INFO logs instead of WARN (unless {@code spark.log.level} is set)
     */
    public SparkStudyRunner(String master, boolean verbose) {
        SparkConf conf = new SparkConf().setAppName("rnnlab study");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (org.rnnlab.tensor.VectorApi.present()) {
            // executors in their own JVMs run the small products as the driver does (the same bits)
            conf.setIfMissing("spark.executor.extraJavaOptions", String.join(" ", org.rnnlab.tensor.VectorApi.JVM_OPTIONS));
        }
        conf.setIfMissing("spark.log.level", verbose ? "INFO" : "WARN");
        this.context = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
    }

    /** The JVM options executors in their own JVMs start with (empty when none are set). */
    String executorJavaOptions() {
        return context.getConf().get("spark.executor.extraJavaOptions", "");
    }

    /** The master the context runs against, e.g. "local[2]". */
    public String master() {
        return context.master();
    }

    /** How many runs the cluster can train at once (Spark's default parallelism). */
    public int parallelism() {
        return context.defaultParallelism();
    }

    @Override
    public List<RunResult> run(List<RunSpec> specs, Consumer<RunResult> onDone) {
        for (RunSpec spec : specs) {
            if (spec.task() instanceof CsvSeriesTask) {
                throw new IllegalArgumentException("a study of a CSV series runs on one machine only (its table is not"
                        + " shipped to executors); run " + spec.label() + " without Spark");
            }
        }
        String kernel = Kernels.chosen();
        Map<Integer, JavaFutureAction<List<RunResult>>> pending = new LinkedHashMap<>();
        for (int i : longestFirst(specs)) {
            pending.put(i, context.parallelize(List.of(specs.get(i)), 1).map(spec -> onExecutor(spec, kernel)).collectAsync());
        }
        RunResult[] results = new RunResult[specs.size()];
        List<String> failures = new ArrayList<>();
        try {
            while (!pending.isEmpty()) {
                if (!collectFinished(pending, specs, results, failures, onDone)) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            pending.values().forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted with " + pending.size() + " of " + specs.size() + " runs unfinished", e);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " of " + specs.size() + " runs failed on Spark after its retries"
                    + " (the others are done; submit again to resume): " + failures.get(0));
        }
        return List.of(results);
    }

    /** Hands every finished job's result to {@code onDone}; true if any had finished. */
    private static boolean collectFinished(Map<Integer, JavaFutureAction<List<RunResult>>> pending, List<RunSpec> specs,
            RunResult[] results, List<String> failures, Consumer<RunResult> onDone) throws InterruptedException {
        boolean any = false;
        for (Iterator<Map.Entry<Integer, JavaFutureAction<List<RunResult>>>> it = pending.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, JavaFutureAction<List<RunResult>>> e = it.next();
            if (!e.getValue().isDone()) {
                continue;
            }
            it.remove();
            any = true;
            try {
                RunResult r = e.getValue().get().get(0);
                results[e.getKey()] = r;
                onDone.accept(r);
            } catch (ExecutionException failed) {
                Throwable cause = failed.getCause() == null ? failed : failed.getCause();
                failures.add(specs.get(e.getKey()).label() + ": " + firstLine(String.valueOf(cause.getMessage())));
            }
        }
        return any;
    }

    /** One run on an executor, with the driver's kernel when it chose one. */
    private static RunResult onExecutor(RunSpec spec, String kernel) {
        if (kernel != null && !kernel.equals(Kernels.chosen())) {
            Kernels.use(kernel);
        }
        return RunExecutor.execute(spec);
    }

    /** The spec indices by decreasing cost, so the cluster starts the longest runs first. */
    static List<Integer> longestFirst(List<RunSpec> specs) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(specs.get(b).cost(), specs.get(a).cost()));
        return order;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Stops the Spark context. */
    @Override
    public void close() {
        context.stop();
    }
}
