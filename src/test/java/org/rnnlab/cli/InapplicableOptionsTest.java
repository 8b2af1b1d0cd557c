package org.rnnlab.cli;

import static org.rnnlab.cli.Cli.assertRejected;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options given where they have no effect are rejected, not silently ignored: one line naming the
 * option, what it applies to and what was chosen instead, exit code 2. Options that do apply still run.
 */
class InapplicableOptionsTest {

    @TempDir
    Path dir;

    private Cli.Run train(String... more) {
        return Cli.train(Cli.AIRLINE, dir.resolve("out"), more);
    }

    private String out() {
        return dir.resolve("report").toString();
    }

    // train: optimiser, schedule, clipping, cell

    @Test
    void momentumWithAdam() {
        assertRejected(train("--optimizer", "adam", "--momentum", "0.5"),
                "--momentum applies only to --optimizer momentum and nesterov, not --optimizer adam; leave it out");
    }

    @Test
    void momentumWithTheDefaultOptimizer() {
        assertRejected(train("--momentum", "0.5"), "--momentum applies only to", "not --optimizer adam");
    }

    @Test
    void momentumWithSgd() {
        assertRejected(train("--optimizer", "sgd", "--momentum", "0.5"), "not --optimizer sgd; leave it out");
    }

    @Test
    void momentumWithNesterov_applies() {
        train("--optimizer", "nesterov", "--momentum", "0.5").expectSuccess();
    }

    @Test
    void decayOptionsWithoutTheStepSchedule() {
        assertRejected(train("--decay-factor", "0.3"),
                "--decay-factor applies only to --schedule step, not --schedule constant; leave it out");
        assertRejected(train("--schedule", "cosine", "--decay-every", "5"),
                "--decay-every applies only to --schedule step, not --schedule cosine; leave it out");
    }

    @Test
    void lrMinWithoutTheCosineSchedule() {
        assertRejected(train("--schedule", "step", "--lr-min", "0.001"),
                "--lr-min applies only to --schedule cosine, not --schedule step; leave it out");
    }

    @Test
    void scheduleOptionsWithTheirSchedule_apply() {
        train("--schedule", "step", "--decay-factor", "0.3", "--decay-every", "1").expectSuccess();
        train("--schedule", "cosine", "--lr-min", "0.0001").expectSuccess();
    }

    @Test
    void normTypeWithoutANormRule() {
        assertRejected(train("--clip-value", "1", "--clip-norm-type", "inf"),
                "--clip-norm-type applies only to --clip-norm and --clip-per-parameter, not --clip-value; leave it out");
        assertRejected(train("--no-clip", "--clip-norm-type", "l2"), "not --no-clip; leave it out");
    }

    @Test
    void normTypeWithANormRule_applies() {
        train("--clip-norm-type", "inf").expectSuccess();
        train("--clip-per-parameter", "2", "--clip-norm-type", "inf").expectSuccess();
    }

    @Test
    void forgetBiasWithoutAnLstm() {
        assertRejected(train("--cell", "gru", "--forget-bias", "2"),
                "--forget-bias applies only to --cell lstm, not --cell gru; leave it out");
    }

    // the study commands and their variant specs

    @Test
    void sequenceCountsWithACsvSeries() {
        assertRejected(Cli.run("compare", "--data", Cli.AIRLINE.toString(), "--train-sequences", "64", "--out", out()),
                "--train-sequences applies only to synthetic tasks, not --data (a CSV series has its own windows);"
                        + " leave it out");
        assertRejected(Cli.run("report", "--data", Cli.AIRLINE.toString(), "--test-sequences", "64", "--out", out()),
                "--test-sequences applies only to synthetic tasks");
    }

    @Test
    void autoOptionsWithoutAuto() {
        assertRejected(Cli.run("sweep", "--thresholds", "1,2", "--auto-steps", "5", "--out", out()),
                "--auto-steps applies only to --thresholds with auto, not --thresholds 1,2; leave it out");
        assertRejected(Cli.run("sweep", "--thresholds", "none", "--auto-factor", "2", "--out", out()),
                "--auto-factor applies only to --thresholds with auto, not --thresholds none; leave it out");
    }

    @Test
    void variantMomentumWithAnOptimizerWithout() {
        assertRejected(Cli.run("compare", "--variants=", "--variant", "name=x,optimizer=adam,momentum=0.5", "--out", out()),
                "--variant 'name=x,optimizer=adam,momentum=0.5': momentum applies only to optimizer=momentum and"
                        + " nesterov, not optimizer=adam; leave it out");
        assertRejected(Cli.run("compare", "--variants=", "--variant", "name=x,base=lstm,momentum=0.5", "--out", out()),
                "not optimizer=adam; leave it out");
    }

    @Test
    void variantClipModeWithoutAThreshold() {
        assertRejected(Cli.run("compare", "--variants=", "--variant", "name=x,clip=none,clip-mode=value", "--out", out()),
                "clip-mode applies only to a clipping threshold (clip=X), not clip=none; leave it out");
        assertRejected(Cli.run("compare", "--variants=", "--variant", "name=x,base=tanh,clip-mode=value", "--out", out()),
                "not the base variant's clip=none; leave it out");
    }

    // gradients and bench

    @Test
    void gradientsHiddenWithASavedModel() {
        Cli.train(Cli.AIRLINE, dir.resolve("model")).expectSuccess();
        assertRejected(Cli.run("gradients", "--model", dir.resolve("model").toString(), "--task", "adding", "--hidden", "8"),
                "--hidden applies only to a --variant model, not --model (its file holds its shape); leave it out");
        assertRejected(Cli.run("gradients", "--model", dir.resolve("model").toString(), "--data", Cli.AIRLINE.toString(),
                "--length", "8"), "--length applies only to a --task batch, not --data (the batch is the model's first"
                        + " training windows); leave it out");
        assertRejected(Cli.run("gradients", "--model", dir.resolve("model").toString(), "--data", Cli.AIRLINE.toString(),
                "--seed", "3"), "--seed applies only to a --task batch");
    }

    @Test
    void benchSizesWithoutACustomWorkload() {
        assertRejected(Cli.run("bench", "--hidden", "8"),
                "--hidden applies only to a custom workload (--cell), not the reference workloads; leave it out");
        assertRejected(Cli.run("bench", "--cell", "rnn", "--workload", "W2"),
                "--workload applies only to the reference workloads, not a custom workload (--cell); leave it out");
    }
}
