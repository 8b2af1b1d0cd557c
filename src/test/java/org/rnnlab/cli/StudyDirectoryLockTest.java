package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.io.DirectoryLock;
import org.rnnlab.io.Manifest;

/** A study directory is written by one process at a time, and its manifest names the finished report. */
class StudyDirectoryLockTest {

    @TempDir
    Path dir;

    private String[] tinyStudy() {
        return new String[] {"compare", "--variants", "tanh", "--lengths", "4", "--seeds", "1", "--steps", "20",
            "--hidden", "3", "--batch-size", "4", "--train-sequences", "16", "--test-sequences", "8", "--threads", "1",
            "--out", dir.toString()};
    }

    @Test
    void aFinishedStudy_hasAManifestThatMatchesEveryReportFile() {
        Cli.run(tinyStudy()).expectSuccess();
        List<String> listed = StudyRun.reportFiles(dir);
        assertTrue(listed.containsAll(List.of("index.html", "results.csv", "summary.md", "timings.csv")), listed.toString());
        assertTrue(listed.stream().noneMatch(n -> n.startsWith("runs/")), "run records are checked on reading instead");
        assertTrue(Files.isRegularFile(dir.resolve(Manifest.FILE_NAME)));
        assertEquals(List.of(), Manifest.problems(dir));
    }

    @Test
    void aStudyDirectoryInUseByAnotherProcess_isRefusedInOneLine() {
        try (DirectoryLock held = DirectoryLock.inside(dir, "rnnlab sweep")) {
            Cli.Run second = Cli.run(tinyStudy());
            assertEquals(2, second.exit(), second.err());
            assertEquals(1, second.err().strip().lines().count(), second.err());
            assertTrue(second.err().contains("is in use by process " + ProcessHandle.current().pid()), second.err());
        }
        Cli.run(tinyStudy()).expectSuccess();
    }
}
