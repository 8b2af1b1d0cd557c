package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.io.FileStreams;

/**
 * A truncated or edited model.json or checkpoint, a checkpoint from another rnnlab version or another
 * configuration, and --resume where there is nothing to resume: each is one line naming the file and
 * what is wrong, exit code 2, never a stack trace.
 */
class CorruptInputsTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedOrEditedModelJson_isRejectedNamingTheFileAndTheProblem() throws Exception {
        Path out = dir.resolve("run");
        Cli.train(Cli.AIRLINE, out).expectSuccess();
        Path model = out.resolve("model.json");
        String whole = Files.readString(model);

        Files.writeString(model, whole.substring(0, whole.length() / 3));
        Cli.assertRejected(Cli.run("evaluate", "--model", out.toString(), "--data", Cli.AIRLINE.toString()),
                model + ":", "not valid JSON (");

        Files.writeString(model, whole.replaceFirst("\"weight_hh_l0\" : \\[ \\[", "\"weight_hh_l0\" : [ [ 1.0, "));
        Cli.assertRejected(Cli.run("predict", "--model", out.toString(), "--data", Cli.AIRLINE.toString()),
                model + ": parameter weight_hh_l0 has shape");
    }

    /**
     * Exit code 2 and a last line {@code rnnlab: error: ...} with the fragment and no stack trace: a checkpoint
     * that does not fit the training is found when the training starts, after the lines that describe it.
     */
    private static void rejectedAfterNotes(Cli.Run r, String fragment) {
        assertEquals(2, r.exit(), r.err());
        String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertEquals("rnnlab: error: " + fragment, last);
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("rnnlab")), "no stack trace: " + r.err());
    }

    @Test
    void aBadCheckpoint_orOneOfAnotherVersionOrConfiguration_isRefusedWithTheReason() throws Exception {
        Path out = dir.resolve("run");
        long total;
        try (FileStreams.Budget counted = FileStreams.failAfter(Long.MAX_VALUE)) {
            Cli.train(Cli.AIRLINE, dir.resolve("probe"), "--epochs", "4").expectSuccess();
            total = counted.used();
        }
        try (FileStreams.Budget full = FileStreams.failAfter(total / 2)) {
            assertEquals(1, Cli.train(Cli.AIRLINE, out, "--epochs", "4").exit());
        }
        Path checkpoint = dir.resolve("run.incomplete/checkpoints/train.json");
        Path arguments = checkpoint.resolveSibling("arguments.json");
        String saved = Files.readString(checkpoint), args = Files.readString(arguments);
        String[] resume = {"train", "--resume", out.toString()};

        Files.writeString(checkpoint, saved.substring(0, saved.length() - 100));
        Cli.assertRejected(Cli.run(resume), checkpoint + ":1:", ": not a complete checkpoint (",
                "); delete it to train from the start");

        Files.writeString(checkpoint, saved.replaceFirst("\"rnnlab_version\":\"[^\"]*\"", "\"rnnlab_version\":\"0.0.1\""));
        Cli.assertRejected(Cli.run(resume), checkpoint + ": written by rnnlab 0.0.1, this is rnnlab development;"
                + " resume it with that version, or train again without --resume");

        Files.writeString(checkpoint, saved.replaceFirst("\"weight_hh_l0\":\\[", "\"weight_hh_l0\":[0.5,"));
        rejectedAfterNotes(Cli.run(resume), checkpoint + ": weights.weight_hh_l0: 65 values, expected 64");

        Files.writeString(checkpoint, saved);
        Files.writeString(arguments, args.replace("\"--epochs\"", "\"--lr\", \"0.05\", \"--epochs\""));
        rejectedAfterNotes(Cli.run(resume), checkpoint + ": made for another configuration:"
                + " training.optimizer.schedule.rate: 0.003 there, 0.05 here; train again without --resume");

        Files.writeString(arguments, args);
        Cli.assertRejected(Cli.run("train", "--resume", out.toString(), "--epochs", "9"),
                "--resume continues with the options the run was started with; give no other options (got --epochs 9)");
        Cli.assertRejected(Cli.train(Cli.AIRLINE, out), dir.resolve("run.incomplete") + " holds an interrupted run with"
                + " checkpoints; continue it with --resume " + out + ", or delete " + dir.resolve("run.incomplete")
                + " to start over");
        Cli.assertRejected(Cli.run("train", "--resume", dir.resolve("nothing").toString()), "--resume "
                + dir.resolve("nothing") + ": no interrupted run to continue (");

        Cli.run(resume).expectSuccess(); // and the untouched checkpoint still resumes
        assertTrue(Files.exists(out.resolve("model.json")));
    }
}
