package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnlab.cli.Cli.assertRejected;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.cell.CellType;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.ModelFile;
import org.rnnlab.model.SequenceModel;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code rnnlab evaluate}: the table, the JSON, the same numbers in a fresh process, and bad input. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    Path run;

    @BeforeEach
    void trainOnce() {
        run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run, "--transform", "log,diff").expectSuccess();
    }

    @Test
    void evaluate_printsTheModelNextToTheThreeBaselines() {
        Cli.Run r = Cli.run("evaluate", "--model", run.toString(), "--data", Cli.AIRLINE.toString()).expectSuccess();
        assertTrue(r.out().startsWith("airline_passengers.csv, test part: 22 windows, targets 1959-03 to 1960-12,"
                + " horizon 1"), r.out());
        for (String row : List.of("lstm ", "persistence ", "seasonal naive (12) ", "training mean ", "RMSE", "MAE",
                "sMAPE")) {
            assertTrue(r.out().contains(row), "missing " + row + " in " + r.out());
        }
        assertTrue(r.out().contains("than the best baseline (seasonal naive (12))"), r.out());
    }

    @Test
    void evaluate_json_holdsTheSameNumbersAsTheTrainingProcess() {
        Cli.Run r = Cli.run("evaluate", "--model", run.resolve("model.json").toString(), "--data",
                Cli.AIRLINE.toString(), "--json").expectSuccess();
        JsonNode evaluated = Cli.json(r.out());
        JsonNode trained = Cli.json(run.resolve("run.json")).path("test");
        assertEquals(trained.path("targets"), evaluated.path("targets"));
        assertEquals(12, evaluated.path("season").asInt());
        assertEquals("1959-03", evaluated.path("first_target").asText());
        // the persistence baseline by hand: every row of the test part (1959-03 on) against the row
        // before it, the last of its window (for the first, in the validation part)
        double[] passengers = {406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622,
                606, 508, 461, 390, 432};
        double[] previous = {342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535,
                622, 606, 508, 461, 390};
        double sum = 0;
        for (int i = 0; i < passengers.length; i++) {
            sum += Math.abs(passengers[i] - previous[i]);
        }
        assertEquals(sum / passengers.length,
                evaluated.path("targets").path("passengers").path("persistence").path("mae").asDouble(), 1e-12);
    }

    /** The acceptance test of the issue: a fresh JVM loads model.json and gets bit-identical errors. */
    @Test
    void evaluate_inAFreshProcess_givesTheNumbersOfTheTrainingProcess() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "evaluate", "--model", run.toString(), "--data", Cli.AIRLINE.toAbsolutePath().toString(), "--json"));
        Path output = dir.resolve("fresh.json");
        Process p = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).directory(new File(System.getProperty("user.dir"))).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the fresh process did not finish");
        assertEquals(0, p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        JsonNode fresh = Cli.json(output);
        JsonNode trained = Cli.json(run.resolve("run.json")).path("test");
        assertEquals(trained.path("targets"), fresh.path("targets"));
        assertTrue(fresh.path("targets").path("passengers").path("model").path("rmse").asDouble() > 0);
    }

    @Test
    void evaluate_otherPartAndSeason() {
        Cli.Run r = Cli.run("evaluate", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--part",
                "validation", "--season", "6").expectSuccess();
        assertTrue(r.out().contains("validation part: 21 windows"), r.out());
        assertTrue(r.out().contains("seasonal naive (6)"), r.out());
    }

    @Test
    void evaluate_onAnotherFile_saysItIsNotTheTrainingFile() throws Exception {
        Path longer = Cli.write(dir, "longer.csv", Files.readString(Cli.AIRLINE) + "1961-01,450\n");
        Cli.Run r = Cli.run("evaluate", "--model", run.toString(), "--data", longer.toString()).expectSuccess();
        assertTrue(r.err().contains("is not the file the model was trained on"), r.err());
        Cli.Run same = Cli.run("evaluate", "--model", run.toString(), "--data", Cli.AIRLINE.toString()).expectSuccess();
        assertEquals("", same.err());
    }

    @Test
    void rejects_aDirectoryWithoutModel() {
        assertRejected(Cli.run("evaluate", "--model", dir.toString(), "--data", Cli.AIRLINE.toString()),
                dir + ": the directory has no model.json; give a run directory written by 'rnnlab train'");
    }

    @Test
    void rejects_aFileThatIsNotAModel() {
        assertRejected(Cli.run("evaluate", "--model", Cli.AIRLINE.toString(), "--data", Cli.AIRLINE.toString()),
                Cli.AIRLINE + ":1:", "not valid JSON");
    }

    @Test
    void rejects_aModelFileWithoutNormalization() {
        Path bare = dir.resolve("bare.json");
        ModelFile.write(bare, SequenceModel.create(ModelConfig.of(CellType.LSTM, 1, 4, 1),
                Initialization.pytorchDefault(1)), null, null);
        assertRejected(Cli.run("evaluate", "--model", bare.toString(), "--data", Cli.AIRLINE.toString()),
                bare + ": the model file has no \"normalization\"", "not written by 'rnnlab train'");
    }

    @Test
    void rejects_aDataFileWithoutTheModelsColumns() {
        Path other = Cli.write(dir, "other.csv", "month,value\n2000-01,1\n");
        String err = assertRejected(Cli.run("evaluate", "--model", run.toString(), "--data", other.toString()),
                other + ":1: there is no column named \"passengers\"", "the columns are \"month\", \"value\": the model"
                        + " reads the columns it was trained with, by name (time \"month\", features [\"passengers\"],"
                        + " target [\"passengers\"]): give a file with these columns");
        assertTrue(!err.contains("1-based index"), "no advice about options evaluate does not have: " + err);
    }

    @Test
    void rejects_aPartWithoutWindows() {
        Path noTest = dir.resolve("notest");
        Cli.train(Cli.AIRLINE, noTest, "--split", "0.8,0.2,0").expectSuccess();
        assertRejected(Cli.run("evaluate", "--model", noTest.toString(), "--data", Cli.AIRLINE.toString()),
                "the test part has no windows", "choose another --part");
    }

    @Test
    void rejects_seasonZero() {
        assertRejected(Cli.run("evaluate", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--season", "0"),
                "--season must be >= 1, got 0");
    }

    @Test
    void rejects_unknownPart() {
        assertRejected(Cli.run("evaluate", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--part", "all"),
                "--part", "unknown part 'all'; expected one of train, validation, test");
    }

    @Test
    void rejects_missingModelOption() {
        assertRejected(Cli.run("evaluate", "--data", Cli.AIRLINE.toString()), "Missing required option: '--model=DIR|FILE'");
    }
}
