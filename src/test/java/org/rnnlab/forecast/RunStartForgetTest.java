package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused run forgets its start unless some training had saved a checkpoint. */
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
}
