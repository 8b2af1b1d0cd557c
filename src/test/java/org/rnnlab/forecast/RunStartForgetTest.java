package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused run forgets its start unless some training had saved a checkpoint; a new run refused
 * after training forgets its checkpoints too, a resumed one keeps them.
 */
class RunStartForgetTest {

    @TempDir
    Path dir;

    private Path start(Path checkpoints) throws Exception {
        Files.createDirectories(checkpoints);
        return Files.writeString(checkpoints.resolve(RunStart.FILE), "{}");
    }

    @Test
    void aStartWithNoCheckpointBesideIt_isDeleted_emptyDirectoriesAside() throws Exception {
        Path c = dir.resolve("checkpoints");
        Path record = start(c);
        Files.createDirectories(c.resolve("model-1"));
        RunStart.forgetIfUntrained(c);
        assertFalse(Files.exists(record));
    }

    @Test
    void aStartWithASavedCheckpoint_isKept_soTheRunCanStillBeResumed() throws Exception {
        Path c = dir.resolve("checkpoints");
        Path record = start(c);
        Files.createDirectories(c.resolve("model-1"));
        Files.writeString(c.resolve("model-1").resolve("train.json"), "{}");
        RunStart.forgetIfUntrained(c);
        assertTrue(Files.exists(record));
    }

    @Test
    void noCheckpointDirectory_orNone_isNothingToForget() {
        RunStart.forgetIfUntrained(dir.resolve("absent"));
        RunStart.forgetIfUntrained(null);
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    @Test
    void aNewRunRefusedAfterTraining_forgetsItsCheckpointsToo_soTheCorrectedCommandIsNotBlocked() throws Exception {
        Path c = dir.resolve("checkpoints");
        start(c);
        Files.createDirectories(c.resolve("model-1"));
        Files.writeString(c.resolve("model-1").resolve("train.json"), "{}");
        RunStart.forgetRefused(c, false);
        assertTrue(Files.isDirectory(c), "the directory itself stays for its owner to remove");
        try (var left = Files.list(c)) {
            assertEquals(0, left.count(), "nothing is left to resume");
        }
    }

    @Test
    void aResumedRunRefused_keepsTheCheckpointsItContinuedFrom() throws Exception {
        Path c = dir.resolve("checkpoints");
        Path record = start(c);
        Files.createDirectories(c.resolve("model-1"));
        Path saved = Files.writeString(c.resolve("model-1").resolve("train.json"), "{}");
        RunStart.forgetRefused(c, true);
        assertTrue(Files.exists(record) && Files.exists(saved));
        RunStart.forgetRefused(null, false);
    }
}
