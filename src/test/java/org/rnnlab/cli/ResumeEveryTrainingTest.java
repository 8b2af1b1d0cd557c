package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.io.FileStreams;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * With the default {@code --transform auto} (candidate recipes trained in parallel), an ensemble and a
 * refit, every training has its own checkpoint: a run stopped half-way (a full disk) and resumed ends
 * with the model.json and metrics.csv of an uninterrupted run, and run.json names the trainings that
 * continued and their steps.
 */
class ResumeEveryTrainingTest {

    @TempDir
    Path dir;

    private static final String[] OPTIONS = {"--transform", "auto", "--ensemble", "2", "--refit", "--seed", "4"};

    @Test
    void autoCandidatesMembersAndRefits_resumeToTheSameBits() {
        Path reference = dir.resolve("reference");
        long total;
        try (FileStreams.Budget counted = FileStreams.failAfter(Long.MAX_VALUE)) {
            Cli.train(Cli.AIRLINE, reference, OPTIONS).expectSuccess();
            total = counted.used();
        }
        Path out = dir.resolve("run");
        try (FileStreams.Budget full = FileStreams.failAfter(total / 2)) {
            Cli.Run stopped = Cli.train(Cli.AIRLINE, out, OPTIONS);
            assertEquals(1, stopped.exit(), stopped.err());
            assertTrue(stopped.err().contains("disk full (No space left on device)"), stopped.err());
        }
        Cli.run("train", "--resume", out.toString()).expectSuccess();
        assertEquals(RunFiles.trained(reference), RunFiles.trained(out));
        JsonNode resumed = Cli.json(out.resolve("run.json")).path("resumed");
        assertTrue(resumed.path("trainings").size() >= 1, resumed.toString());
        assertTrue(resumed.path("at").isTextual(), resumed.toString());
    }
}
