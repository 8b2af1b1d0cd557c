package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnlab.cli.Cli.assertRejected;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** MASE in evaluate's outputs, a constant target, an exact baseline, and a test part too small to trust. */
class EvaluationChecksTest {

    @TempDir
    Path dir;

    @Test
    void train_rejectsATargetThatIsConstantOnTheTrainingPart_suggestingTarget() {
        StringBuilder csv = new StringBuilder("month,load,flag\n");
        for (int r = 0; r < 100; r++) {
            csv.append(String.format("%d-%02d,%d,1%n", 2000 + r / 12, r % 12 + 1, 100 + r % 7));
        }
        Path file = Cli.write(dir, "flat.csv", csv.toString());
        assertRejected(Cli.train(file, dir.resolve("run")), "rnnlab: error: " + file + ": the target column \"flag\" is 1"
                + " on every row of the training part (lines 2–71)", "choose a column that varies with --target");
    }

    @Test
    void evaluate_printsMase_andJsonHoldsItWithItsScale_asRunJsonDoes() throws Exception {
        Path run = dir.resolve("lynx");
        Cli.train(IntegerTimeColumnTest.LYNX, run).expectSuccess();
        String data = IntegerTimeColumnTest.LYNX.toString();
        Cli.Run table = Cli.run("evaluate", "--model", run.toString(), "--data", data).expectSuccess();
        assertTrue(table.out().contains("RMSE          MAE   sMAPE %    MASE"), table.out());

        JsonNode e = Cli.json(Cli.run("evaluate", "--model", run.toString(), "--data", data, "--json").expectSuccess()
                .out());
        List<String> lines = Files.readAllLines(IntegerTimeColumnTest.LYNX);
        double sum = 0;
        for (int t = 2; t <= 80; t++) {
            sum += Math.abs(trappings(lines, t) - trappings(lines, t - 1));
        }
        assertEquals(1, e.path("mase_lag").asInt());
        assertEquals(sum / 79, e.path("mase_scales").path("trappings").asDouble(), 1e-9);
        JsonNode persistence = e.path("targets").path("trappings").path("persistence");
        assertEquals(persistence.path("mae").asDouble() / (sum / 79), persistence.path("mase").asDouble(), 1e-12);
        assertTrue(e.path("targets").path("trappings").path("model").path("mase").isNumber());
        assertEquals(Cli.json(run.resolve("run.json")).path("test").path("targets"), e.path("targets"));
    }

    @Test
    void evaluate_onAFileWhoseTrainingPartIsConstant_saysWhyMaseIsNa() {
        Path run = dir.resolve("lynx");
        Cli.train(IntegerTimeColumnTest.LYNX, run).expectSuccess();
        StringBuilder csv = new StringBuilder("year,trappings\n");
        for (int r = 0; r < 100; r++) {
            csv.append(1900 + r).append(',').append(r < 70 ? 500 : 500 + 37 * (r % 9)).append('\n');
        }
        String file = Cli.write(dir, "flat-start.csv", csv.toString()).toString();
        Cli.Run r = Cli.run("evaluate", "--model", run.toString(), "--data", file).expectSuccess();
        assertTrue(r.out().contains("(MASE n/a for trappings: its training part repeats itself at lag 1, so the"
                + " in-sample naive error MASE is scaled by is 0)"), r.out());
        assertTrue(r.out().lines().filter(l -> l.startsWith("persistence")).allMatch(l -> l.endsWith(" " + org.rnnlab.text.Numbers.MISSING)), r.out());
        JsonNode e = Cli.json(Cli.run("evaluate", "--model", run.toString(), "--data", file, "--json").out());
        assertEquals(0.0, e.path("mase_scales").path("trappings").asDouble(-1));
        assertTrue(e.path("targets").path("trappings").path("model").path("mase").isNull(), e.toString());
    }

    /** Row {@code t} of the data (1-based, after the header): the trappings of year 1820 + t. */
    private static double trappings(List<String> lines, int t) {
        return Double.parseDouble(lines.get(t).split(",")[1]);
    }

    @Test
    void evaluate_onFewerThanTwentyTargets_recommendsABacktest_inOneLine() {
        Path run = dir.resolve("lynx");
        Cli.train(IntegerTimeColumnTest.LYNX, run).expectSuccess();
        String data = IntegerTimeColumnTest.LYNX.toString();
        String note = "The test part has only 17 targets (fewer than 20), too few for a steady estimate; rnnlab backtest"
                + " --data " + data + " gives a rolling-origin estimate.";
        Cli.Run r = Cli.run("evaluate", "--model", run.toString(), "--data", data).expectSuccess();
        assertTrue(r.out().lines().anyMatch(note::equals), r.out());
        Cli.Run json = Cli.run("evaluate", "--model", run.toString(), "--data", data, "--json").expectSuccess();
        assertTrue(Cli.json(json.out()).isObject());
        assertTrue(json.err().contains("rnnlab evaluate: note: " + note), json.err());
        Cli.Run trainPart = Cli.run("evaluate", "--model", run.toString(), "--data", data, "--part", "train");
        assertFalse(trainPart.expectSuccess().out().contains("backtest"), trainPart.out());
    }

    @Test
    void anExactBaseline_isSaidToBeExact_neverInfinityPercent() {
        StringBuilder csv = new StringBuilder("month,v\n");
        for (int r = 0; r < 100; r++) {
            csv.append(String.format("%d-%02d,%d%n", 2000 + r / 12, r % 12 + 1, r < 80 ? 50 + (r * 37) % 23 : 60));
        }
        Cli.Run r = Cli.train(Cli.write(dir, "settles.csv", csv.toString()), dir.resolve("run")).expectSuccess();
        assertTrue(r.out().contains("than the best baseline (persistence): the baseline is exact on this test part."),
                r.out());
        assertFalse(r.out().contains("Infinity"), r.out());
        assertEquals("lstm RMSE is 0, as low as the best baseline (persistence): the baseline is exact on this test"
                + " part.", EvaluationReport.comparison("lstm", 0, 0, "persistence", "test"));
        assertEquals("lstm RMSE is 1.5, higher than the best baseline (persistence): the baseline is exact on this"
                + " validation part.", EvaluationReport.comparison("lstm", 1.5, 0, "persistence", "validation"));
        assertEquals("lstm RMSE is 25.0% higher than the best baseline (persistence).",
                EvaluationReport.comparison("lstm", 2.5, 2, "persistence", "test"));
    }

    @Test
    void theLeadsInterval_readsAsLowerHigherOrEither_andIsLeftOutWithoutOne() {
        var lower = new org.rnnlab.forecast.RmseRatio("persistence", 0.3, new org.rnnlab.stats.Interval(0.2, 0.45), 7);
        assertEquals(" 95% interval: 55–80% lower (batch means over 7 groups of test rows).",
                EvaluationReport.sureness(lower, "test"));
        var either = new org.rnnlab.forecast.RmseRatio("persistence", 0.9, new org.rnnlab.stats.Interval(0.5, 1.2), 4);
        assertEquals(" 95% interval: from 50% lower to 20% higher (batch means over 4 groups of test rows).",
                EvaluationReport.sureness(either, "test"));
        var higher = new org.rnnlab.forecast.RmseRatio("persistence", 1.5, new org.rnnlab.stats.Interval(1.25, 2), 3);
        assertEquals(" 95% interval: 25–100% higher (batch means over 3 groups of validation rows).",
                EvaluationReport.sureness(higher, "validation"));
        assertEquals("", EvaluationReport.sureness(new org.rnnlab.forecast.RmseRatio("persistence", 0.5, null, 2), "test"));
    }
}
