package org.rnnlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.SparkStudyRunner;

/**
 * {@code --spark}: the study's runs on {@code experiment.SparkStudyRunner}. A class of its own, loaded
 * only after {@link RunnerArgs#requireSpark} found Spark, so that without Spark the user sees one
 * line, not a {@code NoClassDefFoundError}.
 */
final class SparkRunner implements RunnerArgs.Chosen {

    private final SparkStudyRunner spark;
    private final Runnable restore;

    private SparkRunner(SparkStudyRunner spark, Runnable restore) {
        this.spark = spark;
        this.restore = restore;
    }

    static SparkRunner open(String master, boolean verbose, Runnable restore) {
        return new SparkRunner(new SparkStudyRunner(master, verbose), restore);
    }

    @Override
    public List<RunResult> run(List<RunSpec> specs, Consumer<RunResult> onDone) {
        return spark.run(specs, onDone);
    }

    @Override
    public String where() {
        return String.format(Locale.ROOT, "Spark %s (%d cores)", spark.master(), spark.parallelism());
    }

    @Override
    public int parallelism() {
        return spark.parallelism();
    }

    @Override
    public void close() {
        try {
            spark.close();
        } finally {
            restore.run();
        }
    }
}
