package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.StepSeries;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class StudyProgressTest {

    static final StudySettings SETTINGS = new StudySettings(4, 1, 4, 10, 16, 16, 5, DivergenceRule.defaults());

    static RunResult done(RunSpec spec, double seconds) {
        double[] z = new double[10];
        return new RunResult(spec, RunResult.Status.COMPLETED, -1, "", Double.NaN, null, false,
                new StepSeries(z, z, z, new boolean[10]), List.of(), List.of(), null, null, seconds);
    }

    @Test
    void withoutATerminal_theLastLineSaysRunsDoneReusedAndTheLastRun() {
        RunSpec a = new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(5), 0, SETTINGS, null);
        RunSpec b = new RunSpec(Variants.named("lstm").orElseThrow(), new AddingProblem(5), 0, SETTINGS, null);
        StringWriter err = new StringWriter();
        try (StudyProgress progress = new StudyProgress(new PrintWriter(err), false, "compare", List.of(a, b), 3, 1)) {
            progress.accept(done(a, 1.0));
            progress.accept(done(b, 4.0));
        }
        String[] lines = err.toString().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("rnnlab compare: 2/2 runs (100%), 3 reused, 0 diverged; last: lstm T=5 seed 0 completed, "),
                last);
        assertTrue(last.endsWith(" s elapsed"), "no time left once done: " + last);
    }
}
