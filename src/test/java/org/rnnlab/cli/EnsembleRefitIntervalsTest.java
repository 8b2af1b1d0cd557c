package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** train --ensemble and --refit, and forecast's prediction intervals, end to end on the airline series. */
class EnsembleRefitIntervalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ensembleWithRefit_savesEveryMember_andRecordsTheRefit() throws Exception {
        Path out = dir.resolve("ens");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, "--transform", "log,diff", "--ensemble", "2", "--refit").expectSuccess();
        assertTrue(r.err().contains("--ensemble 2: training 1 more members (seeds 2–2)"), r.err());
        assertTrue(r.err().contains("--refit: retraining 2 networks on the"), r.err());
        JsonNode model = JSON.readTree(out.resolve("model.json").toFile());
        assertEquals(2, model.path("members").size());
        JsonNode ensemble = JSON.readTree(out.resolve("run.json").toFile()).path("ensemble");
        assertEquals(2, ensemble.path("members").asInt());
        assertTrue(ensemble.path("refit").asBoolean());
        assertEquals(List.of(1L, 2L), List.of(ensemble.path("seeds").get(0).asLong(), ensemble.path("seeds").get(1).asLong()));
        assertEquals(2, ensemble.path("refit_epochs").size());
    }

    @Test
    void forecast_writesLowerAndUpperBoundsPerLevel_aroundTheForecast() throws Exception {
        Path out = dir.resolve("iv");
        Cli.train(Cli.AIRLINE, out, "--transform", "log,diff").expectSuccess();
        Cli.Run r = Cli.run("forecast", "--model", out.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3")
                .expectSuccess();
        assertTrue(r.out().contains("prediction intervals, split conformal from"), r.out());
        List<String> rows = Files.readAllLines(out.resolve("forecast.csv"));
        assertEquals("month,ahead,passengers,passengers_lower_80,passengers_upper_80,passengers_lower_95,"
                + "passengers_upper_95", rows.get(0));
        String[] first = rows.get(1).split(",");
        double value = Double.parseDouble(first[2]), lo80 = Double.parseDouble(first[3]),
                hi80 = Double.parseDouble(first[4]), lo95 = Double.parseDouble(first[5]),
                hi95 = Double.parseDouble(first[6]);
        assertTrue(lo95 <= lo80 && lo80 <= value && value <= hi80 && hi80 <= hi95, rows.get(1));
        assertEquals(value - lo80, hi80 - value, 1e-9 * value, "symmetric around the forecast");
    }

    @Test
    void forecast_withIntervalNone_writesNoBounds_andBadLevelsAreRejected() throws Exception {
        Path out = dir.resolve("none");
        Cli.train(Cli.AIRLINE, out, "--transform", "log,diff").expectSuccess();
        Cli.run("forecast", "--model", out.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "2",
                "--interval", "none").expectSuccess();
        assertEquals("month,ahead,passengers", Files.readAllLines(out.resolve("forecast.csv")).get(0));
        Cli.assertRejected(Cli.run("forecast", "--model", out.toString(), "--data", Cli.AIRLINE.toString(),
                "--steps", "2", "--interval", "0.95"), "--interval takes coverage levels in percent");
    }

    @Test
    void refit_withoutAValidationPart_isRejected() {
        Cli.assertRejected(Cli.train(Cli.AIRLINE, dir.resolve("x"), "--refit", "--split", "0.85,0,0.15"),
                "--refit retrains for the epochs early stopping chose on the validation part");
    }
}
