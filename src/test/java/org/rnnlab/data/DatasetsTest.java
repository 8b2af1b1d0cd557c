package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shipped dataset loads with the shape its README gives, and its time axis is detected. */
class DatasetsTest {

    private static final Path DIR = Path.of("datasets");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "airline_passengers.csv|144|month|passengers|MONTHLY|12",
        "sunspots_monthly.csv|3177|month|sunspots|MONTHLY|12",
        "co2_mauna_loa_monthly.csv|468|month|co2_ppm|MONTHLY|12",
        "nottingham_temperature_monthly.csv|240|month|temp_f|MONTHLY|12",
        "lynx_annual.csv|114|year|trappings|ANNUAL|0",
        "eu_stock_markets_daily.csv|1860|day|DAX SMI CAC FTSE|INTEGER|0",
        "uk_lung_deaths_monthly.csv|72|month|ldeaths mdeaths fdeaths|MONTHLY|12",
        "electricity_demand_halfhourly.csv|4032|timestamp|demand_mw|HALF_HOURLY|48",
        "usdchf_halfhourly.csv|62496|timestamp|usdchf|HALF_HOURLY|48"})
    void dataset_loadsWithDocumentedShape_andDetectedTimeAxis(String file, int rows, String time, String values,
            TimeAxis.Frequency frequency, int season) {
        TimeSeriesTable t = CsvLoader.load(DIR.resolve(file),
                CsvOptions.defaults().withTimeColumn(ColumnRef.byIndex(1)));
        List<String> columns = Arrays.asList(values.split(" "));
        assertEquals(rows, t.rows());
        assertEquals(time, t.timeColumn().orElseThrow());
        assertEquals(columns, t.columns());
        assertEquals(columns, t.featureNames());
        assertEquals(List.of(columns.get(columns.size() - 1)), t.targetNames());
        TimeAxis axis = t.timeAxis().orElseThrow();
        assertEquals(frequency, axis.frequency());
        assertEquals(season == 0 ? OptionalInt.empty() : OptionalInt.of(season), axis.seasonLength());
        for (int c = 0; c < t.columns().size(); c++) {
            for (int r = 0; r < t.rows(); r++) {
                assertTrue(Double.isFinite(t.value(r, c)));
            }
        }
    }

    @Test
    void datasets_withLabelTimeColumns_needNoOptions() {
        assertEquals("month", CsvLoader.load(DIR.resolve("airline_passengers.csv")).timeColumn().orElseThrow());
        assertEquals("timestamp", CsvLoader.load(DIR.resolve("electricity_demand_halfhourly.csv")).timeColumn()
                .orElseThrow());
    }

    @Test
    void datasets_withIntegerTimeColumns_needNoOptionsEither() {
        TimeSeriesTable lynx = CsvLoader.load(DIR.resolve("lynx_annual.csv"));
        assertEquals("year", lynx.timeColumn().orElseThrow());
        assertEquals(List.of("trappings"), lynx.featureNames());
        assertEquals("integers 1821…1934 step 1, named like a time axis", lynx.timeColumnReason().orElseThrow());
        assertEquals(List.of("1935", "1936"), lynx.timeAxis().orElseThrow().next(2));
        TimeSeriesTable stocks = CsvLoader.load(DIR.resolve("eu_stock_markets_daily.csv"));
        assertEquals("day", stocks.timeColumn().orElseThrow());
        assertEquals(List.of("DAX", "SMI", "CAC", "FTSE"), stocks.featureNames());
    }

    @Test
    void usdchf_skipsWeekends_soTheStepIsTheMostCommonDifference() {
        TimeAxis axis = CsvLoader.load(DIR.resolve("usdchf_halfhourly.csv")).timeAxis().orElseThrow();
        assertEquals("30 minutes", axis.step());
        assertTrue(axis.gaps() >= 260, "weekends are gaps, got " + axis.gaps());
        assertEquals(List.of("2001-03-31T00:00:00"), axis.next(1));
    }

    @Test
    void ukLungDeaths_totalIsMalePlusFemale_onEveryRow() {
        TimeSeriesTable t = CsvLoader.load(DIR.resolve("uk_lung_deaths_monthly.csv"));
        for (int r = 0; r < t.rows(); r++) {
            assertEquals(t.value(r, 0), t.value(r, 1) + t.value(r, 2), 1e-9);
        }
    }

    @Test
    void datasets_matchTheirChecksums() throws IOException, NoSuchAlgorithmException {
        for (String line : Files.readAllLines(DIR.resolve("SHA256SUMS"))) {
            String[] parts = line.split("\\s+");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(DIR.resolve(parts[1])));
            assertEquals(parts[0], HexFormat.of().formatHex(digest), parts[1]);
        }
    }

    /** Prints load times of the largest file; speed is reported, never asserted. */
    @Test
    void usdchf_loadTime_isPrinted() {
        Path file = DIR.resolve("usdchf_halfhourly.csv");
        long[] millis = new long[3];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            assertEquals(62496, CsvLoader.load(file).rows());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        System.out.println("loading usdchf_halfhourly.csv (62,496 rows) took " + Arrays.toString(millis) + " ms");
    }
}
