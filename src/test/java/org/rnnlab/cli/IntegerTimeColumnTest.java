package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** A file whose time axis is a column of integers (lynx_annual.csv: year,trappings) needs no --time. */
class IntegerTimeColumnTest {

    static final Path LYNX = Path.of("datasets", "lynx_annual.csv");

    @TempDir
    Path dir;

    @Test
    void train_takesTheYearAsTime_andSaysWhy_onTheStartUpLineAndInRunJson() {
        Path run = dir.resolve("lynx");
        Cli.Run r = Cli.train(LYNX, run).expectSuccess();
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.contains("114 rows, annual; time column \"year\" (integers 1821…1934 step 1, named like a time"
                + " axis); features [trappings], target [trappings]"), first);
        JsonNode data = Cli.json(run.resolve("run.json")).path("data");
        assertEquals("year", data.path("time_column").asText());
        assertEquals("integers 1821…1934 step 1, named like a time axis", data.path("time_column_reason").asText());
        assertEquals("annual", data.path("frequency").asText());
    }

    @Test
    void forecast_continuesTheYears_forTwelveSteps() throws Exception {
        Path run = dir.resolve("lynx");
        Cli.train(LYNX, run).expectSuccess();
        Path csv = dir.resolve("next.csv");
        Cli.Run r = Cli.run("forecast", "--model", run.toString(), "--data", LYNX.toString(), "--steps", "12", "--out",
                csv.toString()).expectSuccess();
        assertTrue(r.out().startsWith("recursive forecast of trappings, 12 rows after 1934"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("year,ahead,trappings,trappings_lower_80,trappings_upper_80,trappings_lower_95,trappings_upper_95", lines.get(0));
        assertEquals(13, lines.size());
        assertTrue(lines.get(1).startsWith("1935,1,"), lines.get(1));
        assertTrue(lines.get(12).startsWith("1946,12,"), lines.get(12));
    }

    @Test
    void timeNone_keepsTheYearAsAFeature_andSaysSo() {
        Path run = dir.resolve("lynx-none");
        Cli.Run r = Cli.train(LYNX, run, "--time", "none").expectSuccess();
        assertTrue(r.err().contains("114 rows; no time column (declared absent); features [year, trappings]"),
                r.err());
        assertEquals("declared absent", Cli.json(run.resolve("run.json")).path("data").path("time_column_reason")
                .asText());
    }
}
