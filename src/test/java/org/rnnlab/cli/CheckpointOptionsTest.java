package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --checkpoint-every must be a positive number of seconds; a refused option or split writes nothing. */
class CheckpointOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aCheckpointIntervalThatIsNotPositive_isRefusedBeforeAnyWork() {
        for (String bad : new String[] {"0", "-5", "NaN"}) {
            Cli.assertRejected(Cli.train(Cli.AIRLINE, dir.resolve("run"), "--checkpoint-every", bad),
                    "--checkpoint-every must be > 0 seconds, got ");
            assertFalse(Files.exists(dir.resolve("run.incomplete")), bad);
        }
    }

    @Test
    void autoRecipesWithoutAValidationPart_areRefusedBeforeAnyFile_soTheNextRunStartsCleanly() {
        Cli.assertRejected(Cli.train(Cli.AIRLINE, dir.resolve("run"), "--split", "0.85,0,0.15", "--transform", "auto"),
                "--transform auto chooses on the validation part, and --split gives it none");
        assertFalse(Files.exists(dir.resolve("run.incomplete")), "nothing to resume");
        Cli.assertRejected(Cli.run("backtest", "--data", Cli.AIRLINE.toString(), "--out", dir.resolve("bt").toString(),
                "--split", "0.85,0,0.15"), "--transform auto chooses on the validation part, and --split gives it none");
        assertFalse(Files.exists(dir.resolve("bt.incomplete")), "nothing to resume");
        Cli.train(Cli.AIRLINE, dir.resolve("run"), "--split", "0.85,0,0.15", "--transform", "diff").expectSuccess();
    }
}
