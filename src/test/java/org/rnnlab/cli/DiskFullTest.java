package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.io.FileStreams;

/**
 * A disk that fills up while {@code train} writes into an existing run directory (the failure injected
 * where files are written, {@link FileStreams#failAfter}): the run directory stays exactly the earlier
 * run, the error is one line naming the file and "disk full", exit code 1, no half-written file is
 * left, and the interrupted run can be resumed once there is space.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private static final String[] SECOND = {"--epochs", "4", "--seed", "3"};

    @Test
    void aFullDisk_atAnyPointOfASecondRun_leavesTheEarlierRunWhole() {
        Path out = dir.resolve("run");
        Cli.train(Cli.AIRLINE, out).expectSuccess();
        Map<String, String> before = RunFiles.snapshot(out);
        Path reference = dir.resolve("reference");
        long total;
        try (FileStreams.Budget counted = FileStreams.failAfter(Long.MAX_VALUE)) {
            Cli.train(Cli.AIRLINE, reference, SECOND).expectSuccess();
            total = counted.used();
        }
        // nothing written; half-way through the checkpoints; in run.json, the last file (longer than 300 bytes)
        long[] budgets = {0, total / 2, total - 300};
        for (long budget : budgets) {
            Cli.Run r;
            try (FileStreams.Budget full = FileStreams.failAfter(budget)) {
                r = Cli.train(Cli.AIRLINE, out, SECOND);
            }
            String at = "disk full after " + budget + " bytes: ";
            assertEquals(1, r.exit(), at + r.err() + r.out());
            String err = r.err().strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(err.startsWith("rnnlab: error: cannot write " + dir.resolve("run.incomplete")), at + err);
            assertTrue(err.contains(": disk full (No space left on device); " + out + " still holds the previous"
                    + " complete run"), at + err);
            assertFalse(r.err().contains("Exception"), at + r.err());
            assertEquals(before, RunFiles.snapshot(out), at + "the run directory changed");
            assertEquals(List.of(), RunFiles.leftovers(dir), at + "a half-written file was left");
            if (budget > 0) {
                assertTrue(err.endsWith("; continue this run with --resume " + out + " once the cause is fixed"), err);
                // with space again, the interrupted run continues and ends as if it had never stopped
                Cli.run("train", "--resume", out.toString()).expectSuccess();
                assertEquals(RunFiles.trained(reference), RunFiles.trained(out), at + "the resumed run differs");
                assertFalse(Files.exists(dir.resolve("run.incomplete")));
                before = RunFiles.snapshot(out); // the complete run that the next full disk must leave alone
            }
        }
    }

}
