package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.forecast.RunJson;
import org.rnnlab.forecast.TrainedModel;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code rnnlab train}: the run directory, its records, and what happens when a run diverges. */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void train_writesTheRunDirectory_andPrintsTestErrorsNextToBaselines() throws Exception {
        Path out = dir.resolve("run");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, "--transform", "log,diff").expectSuccess();

        assertTrue(r.out().startsWith("Completed 3 epochs"), r.out());
        assertTrue(r.out().contains("passengers, test part"), r.out());
        for (String row : List.of("lstm ", "persistence ", "seasonal naive (12) ", "training mean ")) {
            assertTrue(r.out().contains(row), "missing row " + row + " in " + r.out());
        }
        assertTrue(r.out().contains("wrote metrics.csv, training.png, model.json, run.json in " + out), r.out());
        assertTrue(r.err().contains("144 rows, monthly (season 12)"), r.err());

        TrainedModel model = TrainedModel.read(out);
        assertEquals(4, model.model().config().hiddenSize());
        assertEquals(List.of("passengers"), model.normalization().targets());
        assertTrue(model.normalization().transforms().log() && model.normalization().transforms().diff());
        assertEquals(12, model.recipe().season());
        assertEquals("month", model.recipe().csv().timeColumn().name());
        assertEquals(12, model.recipe().prepare().windows().window());

        JsonNode run = Cli.json(out.resolve("run.json"));
        assertEquals("completed", run.path("result").path("outcome").asText());
        assertEquals(RunJson.sha256(Cli.AIRLINE), run.path("data").path("sha256").asText());
        assertEquals(64, run.path("data").path("sha256").asText().length());
        assertEquals(12, run.path("data").path("window").asInt());
        assertTrue(run.path("options").path("window").isNull(), "not given: " + run.path("options"));
        assertEquals("log,diff", run.path("options").path("transform").asText());
        assertEquals("global_norm(1.0)", run.path("model").path("clipping").asText());
        assertEquals(3, run.path("result").path("epochs").asInt());
        assertTrue(run.path("seconds").path("train").asDouble() > 0);
        assertEquals(22, run.path("test").path("windows").asInt());
        assertTrue(run.path("test").path("targets").path("passengers").path("model").path("rmse").isNumber());
        assertTrue(run.path("test").path("rmse_ratios").path("passengers").path("ratio").isNumber(), run.toString());
        assertEquals("[\"metrics.csv\",\"training.png\",\"model.json\",\"run.json\"]",
                run.path("files").path("written").toString());
        assertEquals("written by this run", run.path("files").path("model_note").asText());

        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        long steps = run.path("result").path("steps").asLong();
        assertEquals(steps + 1, metrics.size());
        assertTrue(metrics.get(0).startsWith("step_1based,epoch_1based,loss,grad_norm_before"), metrics.get(0));

        BufferedImage png = ImageIO.read(out.resolve("training.png").toFile());
        assertNotNull(png);
        assertEquals(1200, png.getWidth());
    }

    @Test
    void train_saysBeforeTraining_thatAModelReadingColumnsItDoesNotPredictForecastsOneRowAheadOnly() {
        Path file = Cli.write(dir, "multi.csv", Cli.threeColumnMonthly(60));
        String note = "the model reads temp, price, which it does not predict, so it forecasts 1 row ahead only"
                + " (--features sales forecasts further)";
        Cli.Run r = Cli.train(file, dir.resolve("m"), "--window", "4", "--target", "sales").expectSuccess();
        assertTrue(r.err().contains(note), r.err());
        Cli.Run own = Cli.train(file, dir.resolve("s"), "--window", "4", "--target", "sales", "--features", "sales")
                .expectSuccess();
        assertTrue(!own.err().contains("forecasts 1 row ahead only"), own.err());
    }

    @Test
    void train_errorTable_keepsItsColumnsAligned_underALongColumnName() {
        String name = "mean temperature at the Nottingham Castle station";
        Path file = Cli.write(dir, "long.csv", Cli.monthly(60).replaceFirst("value", name));
        Cli.Run r = Cli.train(file, dir.resolve("long"), "--window", "4").expectSuccess();
        List<String> lines = r.out().lines().toList();
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            heading = lines.get(i).startsWith(name + ", test part") ? i : -1;
        }
        assertTrue(heading >= 0, r.out());
        int end = lines.get(heading).indexOf("RMSE") + "RMSE".length();
        for (String row : lines.subList(heading + 1, heading + 4)) {
            assertTrue(row.length() > end && row.charAt(end - 1) != ' ' && row.charAt(end) == ' ', "RMSE column ends at "
                    + end + " in every row:\n" + lines.get(heading) + "\n" + row);
        }
    }

    @Test
    void train_withSvg_writesTheChartTwice() {
        Path out = dir.resolve("svg");
        Cli.train(Cli.AIRLINE, out, "--svg").expectSuccess();
        assertTrue(Files.exists(out.resolve("training.png")));
        assertTrue(Files.exists(out.resolve("training.svg")));
    }

    @Test
    void train_sameSeed_givesTheSameModelFile() throws Exception {
        Cli.train(Cli.AIRLINE, dir.resolve("a"), "--seed", "7").expectSuccess();
        Cli.train(Cli.AIRLINE, dir.resolve("b"), "--seed", "7").expectSuccess();
        JsonNode a = Cli.json(dir.resolve("a/model.json")), b = Cli.json(dir.resolve("b/model.json"));
        assertEquals(a.path("parameters"), b.path("parameters"));
        assertEquals(a.path("normalization"), b.path("normalization"));
    }

    @Test
    void train_initFrom_continuesFromTheSavedWeights() {
        Path first = dir.resolve("first");
        Cli.train(Cli.AIRLINE, first).expectSuccess();
        Path second = dir.resolve("second");
        Cli.Run r = Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", second.toString(), "--epochs", "1",
                "--init-from", first.toString());
        r.expectSuccess();
        assertEquals(4, TrainedModel.read(second).model().config().hiddenSize(), "shape comes from the file");
    }

    @Test
    void train_withoutValidationPart_keepsTheFinalWeights_andSaysSo() {
        Path out = dir.resolve("noval");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, "--split", "0.8,0,0.2").expectSuccess();
        assertTrue(r.err().contains("no validation part"), r.err());
        assertTrue(Files.exists(out.resolve("model.json")));
    }

    @Test
    void train_manyToManyGruWithTruncatedBptt_runsEndToEnd() {
        Path out = dir.resolve("m2m");
        Cli.train(Cli.AIRLINE, out, "--cell", "gru", "--many-to-many", "--bptt-truncation", "4", "--layers", "2",
                "--schedule", "cosine", "--warmup", "2", "--clip-per-parameter", "0.5").expectSuccess();
        JsonNode run = Cli.json(out.resolve("run.json"));
        assertEquals("truncated(4)", run.path("model").path("bptt").asText());
        assertEquals("many_to_many", run.path("model").path("task").asText());
        assertEquals("per_parameter(0.5)", run.path("model").path("clipping").asText());
    }

    @Test
    void train_withHighway_savesItsStepsAndWeight_andForecastReadsTheModel() throws Exception {
        Path out = dir.resolve("hw");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, "--highway", "window", "--transform", "none").expectSuccess();
        assertTrue(r.err().contains("hidden 4 x 1 layer, highway 12 steps,"), r.err());
        JsonNode model = Cli.json(out.resolve("model.json"));
        assertEquals(12, model.path("config").path("highway").asInt());
        assertEquals(12, model.path("parameters").path("highway.weight").path(0).size());
        assertEquals(12, Cli.json(out.resolve("run.json")).path("model").path("highway_steps").asInt());
        Cli.run("forecast", "--model", out.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3", "--out",
                dir.resolve("f.csv").toString()).expectSuccess();
    }

    @Test
    void train_byDefault_startsAWindowLongHighwayFromTheRidgeFit_andManyToManyHasNone() throws Exception {
        Path out = dir.resolve("default-hw");
        Cli.Run r = Cli.train(Cli.AIRLINE, out).expectSuccess();
        assertTrue(r.err().contains("hidden 4 x 1 layer, highway 12 steps,"), r.err());
        assertTrue(r.err().contains("highway started from the ridge autoregression on 89 training windows (penalty "),
                r.err());
        JsonNode weights = Cli.json(out.resolve("model.json")).path("parameters").path("highway.weight").path(0);
        assertTrue(java.util.stream.IntStream.range(0, 12).anyMatch(i -> weights.path(i).asDouble() != 0), weights.toString());

        Path m2m = dir.resolve("m2m");
        Cli.Run many = Cli.train(Cli.AIRLINE, m2m, "--many-to-many").expectSuccess();
        assertFalse(many.err().contains("highway"), many.err());
        assertEquals(0, Cli.json(m2m.resolve("model.json")).path("config").path("highway").asInt());
    }

    @Test
    void train_auto_leavesTheRecipeToTheRule_whenTheValidationPartIsShorterThanASeason() throws Exception {
        Path data = Path.of("datasets", "uk_lung_deaths_monthly.csv");
        Cli.Run r = Cli.train(data, dir.resolve("uk"), "--target", "ldeaths", "--features", "ldeaths", "--transform",
                "auto").expectSuccess();
        assertTrue(r.err().contains("--transform auto: the validation part has 11 rows, less than one season (12), too"
                + " few to choose a recipe on; the trend, season and spread tests of --transform rule decide instead"),
                r.err());
        assertTrue(r.err().contains("--transform rule: "), r.err());
        assertFalse(r.err().contains("candidate"), r.err());
        JsonNode choice = Cli.json(dir.resolve("uk").resolve("run.json")).path("transform_choice");
        assertEquals("trend, seasonality and spread tests on the training rows (--transform rule)",
                choice.path("method").asText());
        assertEquals("sdiff(12)", choice.path("chosen").asText());
        assertTrue(choice.path("reasons").asText().startsWith("auto, validation part shorter than one season: "),
                choice.toString());
    }

    @Test
    void train_withLayerNorm_writesALayerNormalisedModelThatEvaluateReads() throws Exception {
        Path out = dir.resolve("ln");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, "--norm", "layer").expectSuccess(); // hidden 4: Cli.TINY
        assertTrue(r.err().contains("lstm with layer norm, hidden 4"), r.err());
        JsonNode model = Cli.json(out.resolve("model.json"));
        assertEquals("layer", model.path("config").path("norm").asText());
        assertEquals(4, model.path("parameters").path("norm_c_l0.bias").size());
        assertEquals("layer", Cli.json(out.resolve("run.json")).path("model").path("norm").asText());
        Cli.run("evaluate", "--model", out.toString(), "--data", Cli.AIRLINE.toString()).expectSuccess();
    }

    @Test
    void train_initFromWithNorm_isRefused() {
        Path first = dir.resolve("plain");
        Cli.train(Cli.AIRLINE, first).expectSuccess();
        Cli.assertRejected(Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", dir.resolve("x").toString(),
                "--init-from", first.toString(), "--norm", "layer"), "--norm cannot go with --init-from");
    }

    /** SGD at a high rate on a ReLU RNN with identity recurrent weights overflows within a few steps. */
    private static final String[] DIVERGES = {"--cell", "rnn", "--activation", "relu", "--optimizer", "sgd", "--lr",
        "100", "--no-clip", "--recurrent-init", "identity", "--recurrent-init-scale", "2"};

    @Test
    void train_thatDiverges_exitsWith1_andLeavesTheEarlierRunWhole() throws Exception {
        Path out = dir.resolve("run");
        Cli.train(Cli.AIRLINE, out).expectSuccess();
        byte[] good = Files.readAllBytes(out.resolve("model.json"));
        byte[] goodMetrics = Files.readAllBytes(out.resolve("metrics.csv"));

        Cli.Run r = Cli.train(Cli.AIRLINE, out, DIVERGES);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("Diverged at step"), r.out());
        assertTrue(r.out().contains("model.json not written") && r.out().contains("left untouched"), r.out());
        assertTrue(r.out().contains("this run's other files are in " + dir.resolve("run.incomplete") + ", and " + out
                + " keeps the previous complete run"), r.out());
        // the run directory is the earlier run, every file of it
        assertArrayEquals(good, Files.readAllBytes(out.resolve("model.json")));
        assertArrayEquals(goodMetrics, Files.readAllBytes(out.resolve("metrics.csv")));
        assertEquals("completed", Cli.json(out.resolve("run.json")).path("result").path("outcome").asText());
        // and the diverged run's record is beside it, without checkpoints
        JsonNode run = Cli.json(dir.resolve("run.incomplete").resolve("run.json"));
        assertEquals("diverged", run.path("result").path("outcome").asText());
        assertTrue(run.path("files").path("model_note").asText().contains("left untouched"));
        assertFalse(Files.exists(dir.resolve("run.incomplete").resolve("checkpoints")));
    }

    @Test
    void train_thatDivergesBeforeAnyValidatedEpoch_writesNoModel() {
        Path out = dir.resolve("fresh");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, DIVERGES);
        assertEquals(1, r.exit());
        assertFalse(Files.exists(out.resolve("model.json")));
        assertTrue(Files.exists(out.resolve("run.json")) && Files.exists(out.resolve("metrics.csv")));
        assertTrue(r.out().contains("before a validation epoch gave weights worth keeping"), r.out());
    }

    @Test
    void train_thatDivergesAfterAValidatedEpoch_keepsThatEpochsWeights() {
        Path out = dir.resolve("late");
        Cli.Run r = Cli.run("train", "--data", Cli.AIRLINE.toString(), "--out", out.toString(), "--epochs", "40",
                "--cell", "rnn", "--activation", "relu", "--optimizer", "sgd", "--lr", "0.1", "--no-clip",
                "--recurrent-init", "identity", "--recurrent-init-scale", "1.1", "--transform", "none");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("model.json holds the weights of epoch 1"), r.out());
        assertTrue(Files.exists(out.resolve("model.json")));
    }

    @Test
    void help_listsEveryOptionOfTheIssue_withDefaults() {
        Cli.Run r = Cli.run("train", "--help").expectSuccess();
        for (String option : List.of("--data", "--target", "--features", "--time", "--no-header", "--delimiter",
                "--decimal-comma", "--missing", "--cell", "--activation", "--activation-param", "--hidden",
                "--layers", "--window", "--horizon", "--stride", "--many-to-many", "--split", "--scale",
                "--transform", "--batch-size", "--epochs", "--optimizer", "--lr", "--momentum", "--schedule",
                "--warmup", "--clip-norm", "--clip-value", "--clip-per-parameter", "--clip-norm-type", "--nonfinite",
                "--init", "--recurrent-init", "--forget-bias", "--bptt-truncation", "--seed", "--patience", "--out",
                "--init-from")) {
            assertTrue(r.out().contains(option), "help lacks " + option);
        }
        assertTrue(r.out().contains("(default: lstm)") && r.out().contains("0.7,0.15,0.15"), r.out());
    }
}
