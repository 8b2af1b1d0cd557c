package org.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.error.InputException;

/** A directory replaced as a whole set, and never left half-swapped by a crash at any point of the swap. */
class StagedDirectoryTest {

    @TempDir
    Path root;

    private Path dir() {
        return root.resolve("run");
    }

    private List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void previousRun() throws IOException {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("model.json"), "old");
        Files.writeString(dir().resolve("old-only.csv"), "old");
    }

    @Test
    void commit_replacesThePreviousSetWhole_andRemovesTheCheckpoints() throws IOException {
        previousRun();
        try (StagedDirectory s = StagedDirectory.open(dir(), "test", false)) {
            AtomicFile.writeString(s.staging().resolve("model.json"), "new");
            AtomicFile.writeString(s.checkpoints().resolve("train.json"), "{}");
            assertEquals("old", Files.readString(dir().resolve("model.json")), "nothing changes before the commit");
            s.commit();
        }
        assertEquals(List.of("model.json"), names(dir()));
        assertEquals("new", Files.readString(dir().resolve("model.json")));
        assertEquals(List.of(".run.lock", "run"), names(root));
    }

    @Test
    void withoutACommit_thePreviousSetStays_andTheNewFilesWaitBesideIt() throws IOException {
        previousRun();
        try (StagedDirectory s = StagedDirectory.open(dir(), "test", false)) {
            AtomicFile.writeString(s.staging().resolve("metrics.csv"), "partial run");
        }
        assertEquals(List.of("model.json", "old-only.csv"), names(dir()));
        assertEquals("partial run", Files.readString(root.resolve("run.incomplete/metrics.csv")));
    }

    @Test
    void aCrashAfterTheMarker_isFinishedForward_byTheNextOpen() throws IOException {
        previousRun();
        // the state after "commit" wrote the marker and moved the previous set aside, then died
        Files.createDirectories(root.resolve("run.incomplete"));
        Files.writeString(root.resolve("run.incomplete/model.json"), "new");
        Files.writeString(root.resolve("run.incomplete/.complete"), "");
        Files.move(dir(), root.resolve(".run.previous"));
        StagedDirectory.open(dir(), "test", false).close();
        assertEquals(List.of("model.json"), names(dir()));
        assertEquals("new", Files.readString(dir().resolve("model.json")));
        assertFalse(Files.exists(root.resolve(".run.previous")));
    }

    @Test
    void aCrashBeforeTheMarker_isUndone_leavingThePreviousSet() throws IOException {
        previousRun();
        Files.createDirectories(root.resolve("run.incomplete"));
        Files.writeString(root.resolve("run.incomplete/model.json"), "half");
        Files.move(dir(), root.resolve(".run.previous")); // cannot happen without the marker; recovered all the same
        StagedDirectory.open(dir(), "test", false).close();
        assertEquals(List.of("model.json", "old-only.csv"), names(dir()));
        assertFalse(Files.exists(root.resolve(".run.previous")));
    }

    @Test
    void aCrashAfterTheSwap_leavesOnlyTheCleaningUp() throws IOException {
        Files.createDirectories(root.resolve(".run.previous"));
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("model.json"), "new");
        Files.writeString(dir().resolve(".complete"), "");
        StagedDirectory.open(dir(), "test", false).close();
        assertEquals(List.of("model.json"), names(dir()));
        assertFalse(Files.exists(root.resolve(".run.previous")));
    }

    @Test
    void aNewRun_isRefusedWhereAnInterruptedOneHasCheckpoints_andResumeNeedsThem() throws IOException {
        Files.createDirectories(root.resolve("run.incomplete/checkpoints"));
        Files.writeString(root.resolve("run.incomplete/checkpoints/train.json"), "{}");
        InputException e = assertThrows(InputException.class, () -> StagedDirectory.open(dir(), "test", false));
        assertEquals(root.resolve("run.incomplete") + " holds an interrupted run with checkpoints; continue it with"
                + " --resume " + dir() + ", or delete " + root.resolve("run.incomplete") + " to start over", e.getMessage());
        try (StagedDirectory s = StagedDirectory.open(dir(), "test", true)) {
            assertTrue(Files.exists(s.checkpoints().resolve("train.json")), "resuming keeps the checkpoints");
        }
        Files.delete(root.resolve("run.incomplete/checkpoints/train.json"));
        InputException none = assertThrows(InputException.class, () -> StagedDirectory.open(dir(), "test", true));
        assertEquals("--resume " + dir() + ": no interrupted run to continue (" + root.resolve("run.incomplete")
                + " holds no checkpoint)", none.getMessage());
    }

    @Test
    void theCurrentDirectory_orOneAboveIt_isRefusedAsARunDirectory() {
        for (String bad : new String[] {".", "..", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StagedDirectory.open(Path.of(bad), "test", false));
            assertEquals("--out: " + bad + " holds the current directory, and the run replaces its directory as a whole;"
                    + " give a directory of its own, such as runs/NAME", e.getMessage());
        }
    }
}
