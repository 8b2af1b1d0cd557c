package org.rnnlab.cli;

import java.util.List;
import java.util.function.Consumer;

import org.rnnlab.error.InputException;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.Runner;
import org.rnnlab.experiment.StudyRunner;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.text.Plural;

import picocli.CommandLine.Option;

/** Where a study's runs execute (the local pool or Spark) and with which product kernel. */
final class RunnerArgs {

    /** The class whose presence means Spark is on the classpath. */
    static final String SPARK_CLASS = "org.apache.spark.api.java.JavaSparkContext";

    /** How to get Spark onto the classpath, for the one-line error. */
    static final String SPARK_SUBMIT = "spark-submit --class org.rnnlab.cli.Main target/rnnlab.jar COMMAND ... --spark";

    @Option(names = "--spark", description = "Run every run as a Spark task, on the master of --master or of spark-submit"
            + " (default local[*]); results are the same as without. Needs Spark on the classpath: " + SPARK_SUBMIT + ".")
    boolean spark;

    @Option(names = "--master", paramLabel = "URL", description = "With --spark: the Spark master, e.g. local[2] or"
            + " spark://127.0.0.1:7077 (default: spark-submit's --master, else local[*]).")
    String master;

    @Option(names = "--verbose", description = "With --spark: Spark's INFO logs on stderr (default: warnings only).")
    boolean verbose;

    @Option(names = "--reproducible", description = "Multiply matrices with the pure-Java kernel instead of OpenBLAS, so"
            + " the results are the same bits on every x86-64 machine with this rnnlab version (OpenBLAS's kernels differ"
            + " by CPU); training is about 2-3.5x slower (measured at the default hidden size).")
    boolean reproducible;

    /** A runner chosen by the options; close it when the study is done. */
    interface Chosen extends StudyRunner, AutoCloseable {

        /** "2 threads", "Spark local[2] (2 cores)". */
        String where();

        /** Runs at once. */
        int parallelism();

        @Override
        void close();
    }

    /**
     * The runner the options ask for, with {@code --reproducible}'s kernel in effect until it is
     * closed.
     *
     * @throws InputException for {@code --master} or {@code --verbose} without {@code --spark},
     *                        {@code --threads} with it, or
     *                        {@code --spark} without Spark on the classpath or with a CSV series
     */
    Chosen open(int threads, boolean threadsGiven, boolean csvSeries) {
        if (spark && threadsGiven) {
            throw InputException.of(Options.inapplicable("--threads", "the local runner",
                    "--spark (Spark runs as many runs at once as its executors have cores)"));
        }
        if (!spark && (master != null || verbose)) {
            throw InputException.of(Options.inapplicable(master != null ? "--master" : "--verbose", "--spark",
                    "the local runner"));
        }
        if (spark) {
            requireSpark(RunnerArgs.class.getClassLoader());
            if (csvSeries) {
                throw InputException.of("--spark: a study of a CSV series (--data) runs on one machine only; leave out --spark");
            }
        }
        String kernelBefore = Kernels.chosen();
        if (reproducible) {
            Kernels.use(Kernels.REPRODUCIBLE);
        }
        Runnable restore = () -> Kernels.use(kernelBefore);
        try {
            return spark ? SparkRunner.open(master, verbose, restore) : local(threads, restore);
        } catch (RuntimeException | LinkageError e) {
            restore.run();
            throw e;
        }
    }

    /** Refuses {@code --spark} in one line when Spark's classes cannot be found by {@code loader}. */
    static void requireSpark(ClassLoader loader) {
        try {
            Class.forName(SPARK_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw InputException.of("--spark: Spark is not on the classpath; run the study with " + SPARK_SUBMIT);
        }
    }

    private static Chosen local(int threads, Runnable restore) {
        return new Chosen() {
            @Override
            public List<RunResult> run(List<RunSpec> specs, Consumer<RunResult> onDone) {
                return new Runner(threads).run(specs, onDone);
            }

            @Override
            public String where() {
                return Plural.of(threads, "thread");
            }

            @Override
            public int parallelism() {
                return threads;
            }

            @Override
            public void close() {
                restore.run();
            }
        };
    }
}
