package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnlab.cli.Cli.assertRejected;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rnnlab forecast} and {@code rnnlab predict}. */
class ForecastCommandTest {

    @TempDir
    Path dir;

    @Test
    void forecast_continuesTheTimeLabels_andWritesCsvAndChart() throws Exception {
        Path run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run, "--transform", "log").expectSuccess();
        Path csv = dir.resolve("next.csv");
        Cli.Run r = Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "5",
                "--out", csv.toString()).expectSuccess();
        assertTrue(r.out().startsWith("recursive forecast of passengers, 5 rows after 1960-12"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("month,ahead,passengers,passengers_lower_80,passengers_upper_80,passengers_lower_95,passengers_upper_95", lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).startsWith("1961-01,1,"), lines.get(1));
        assertTrue(lines.get(5).startsWith("1961-05,5,"), lines.get(5));
        for (String line : lines.subList(1, 6)) {
            double v = Double.parseDouble(line.split(",")[2]);
            assertTrue(v > 0 && Double.isFinite(v), line);
        }
        assertNotNull(ImageIO.read(dir.resolve("next.png").toFile()));
    }

    /**
     * Recursion is the same as predicting from a file that already holds the previous forecasts:
     * append forecast 1 and a placeholder row, and predict's last prediction is forecast 2.
     */
    @Test
    void forecast_feedsEachPredictionBack_asPredictWouldReadIt() throws Exception {
        Path run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run, "--transform", "log,diff").expectSuccess();
        Path csv = dir.resolve("f.csv");
        Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "2", "--out",
                csv.toString()).expectSuccess();
        List<String> forecast = Files.readAllLines(csv);
        String first = forecast.get(1).split(",")[2], second = forecast.get(2).split(",")[2];

        String extended = Files.readString(Cli.AIRLINE) + "1961-01," + first + "\n1961-02,1\n";
        Path file = Cli.write(dir, "extended.csv", extended);
        Path predictions = dir.resolve("p.csv");
        Cli.run("predict", "--model", run.toString(), "--data", file.toString(), "--out", predictions.toString())
                .expectSuccess();
        List<String> rows = Files.readAllLines(predictions);
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals("1961-02", last[0]);
        assertEquals(Double.parseDouble(second), Double.parseDouble(last[4]), 1e-9 * Double.parseDouble(second));
        String[] beforeLast = rows.get(rows.size() - 2).split(",");
        assertEquals(Double.parseDouble(first), Double.parseDouble(beforeLast[4]), 1e-9 * Double.parseDouble(first));
    }

    @Test
    void forecast_directWithAHorizon_givesThatRowOnly() throws Exception {
        Path run = dir.resolve("h3");
        Cli.train(Cli.AIRLINE, run, "--horizon", "3").expectSuccess();
        Cli.Run r = Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3")
                .expectSuccess();
        assertTrue(r.out().startsWith("direct forecast of passengers, 1 row after 1960-12"), r.out());
        List<String> lines = Files.readAllLines(run.resolve("forecast.csv"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("1961-03,3,"), lines.get(1));
    }

    @Test
    void forecast_directManyToMany_givesRowsOneToH() throws Exception {
        Path run = dir.resolve("m2m");
        Cli.train(Cli.AIRLINE, run, "--horizon", "3", "--many-to-many").expectSuccess();
        Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3").expectSuccess();
        List<String> lines = Files.readAllLines(run.resolve("forecast.csv"));
        assertEquals(4, lines.size());
        assertTrue(lines.get(3).startsWith("1961-03,3,"), lines.get(3));
    }

    @Test
    void multivariate_trainsEvaluatesAndForecastsOneStep_butRefusesToInventTheOtherInputs() throws Exception {
        Path run = dir.resolve("eu");
        Cli.train(Cli.EU_STOCKS, run, "--time", "day", "--features", "DAX,SMI,CAC,FTSE", "--target", "DAX",
                "--transform", "log,diff", "--window", "10").expectSuccess();
        Cli.Run e = Cli.run("evaluate", "--model", run.toString(), "--data", Cli.EU_STOCKS.toString()).expectSuccess();
        assertTrue(e.out().contains("DAX, test part") && e.out().contains("seasonal naive left out"), e.out());
        Cli.Run f = Cli.run("forecast", "--model", run.toString(), "--data", Cli.EU_STOCKS.toString(), "--steps", "1")
                .expectSuccess();
        assertTrue(f.out().contains("forecast of DAX, 1 row after 1860"), f.out());
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", Cli.EU_STOCKS.toString(), "--steps", "5"),
                "forecasting 5 steps feeds each prediction back as the next input, but the model also reads SMI, CAC,"
                        + " FTSE, which it does not predict", "forecast 1 step");
    }

    @Test
    void predict_writesEveryWindowWithItsPart() throws Exception {
        Path run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run).expectSuccess();
        Cli.Run r = Cli.run("predict", "--model", run.toString(), "--data", Cli.AIRLINE.toString()).expectSuccess();
        assertTrue(r.out().startsWith("wrote 132 predictions of passengers (targets 1950-01 to 1960-12)"), r.out());
        List<String> rows = Files.readAllLines(run.resolve("predictions.csv"));
        assertEquals("month,line,part,passengers,passengers_predicted", rows.get(0));
        assertEquals(133, rows.size());
        assertTrue(rows.get(1).startsWith("1950-01,14,training,115.0,"), rows.get(1));
        assertTrue(rows.get(132).startsWith("1960-12,145,test,432.0,"), rows.get(132));
        assertEquals(22, rows.stream().filter(l -> l.contains(",test,")).count());
        assertEquals(21, rows.stream().filter(l -> l.contains(",validation,")).count());
    }

    @Test
    void rejects_stepsZero() {
        assertRejected(Cli.run("forecast", "--model", dir.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "0"),
                "--steps must be >= 1, got 0");
    }

    @Test
    void rejects_missingSteps() {
        assertRejected(Cli.run("forecast", "--model", dir.toString(), "--data", Cli.AIRLINE.toString()),
                "Missing required option: '--steps=N'");
    }

    @Test
    void rejects_manyToOneHorizonWithOtherSteps() {
        Path run = dir.resolve("h3");
        Cli.train(Cli.AIRLINE, run, "--horizon", "3").expectSuccess();
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "12"),
                "this model predicts only the row 3 steps after its window", "use --steps 3");
    }

    @Test
    void rejects_manyToManyBeyondItsHorizon() {
        Path run = dir.resolve("m2m");
        Cli.train(Cli.AIRLINE, run, "--horizon", "2", "--many-to-many").expectSuccess();
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "5"),
                "predicts rows 1 to 2 after the end of the series in one pass", "use --steps up to 2");
    }

    @Test
    void rejects_anOutputThatIsNotCsv() {
        Path run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run).expectSuccess();
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "2",
                "--out", dir.resolve("f.txt").toString()), "--out must name a .csv file");
        assertRejected(Cli.run("predict", "--model", run.toString(), "--data", Cli.AIRLINE.toString(),
                "--out", dir.resolve("p.json").toString()), "--out must name a .csv file");
    }

    @Test
    void missingValuesTheModelsPolicyFills_areSaidOnTrainAndForecast() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Cli.AIRLINE));
        lines.set(50, lines.get(50).split(",")[0] + ",");
        Path gappy = Files.write(dir.resolve("gappy.csv"), lines);
        Path run = dir.resolve("run");
        Cli.Run t = Cli.train(gappy, run, "--missing", "interpolate").expectSuccess();
        assertTrue(t.err().contains("; 1 missing value interpolated, the first on line 51"), t.err());
        Cli.Run f = Cli.run("forecast", "--model", run.toString(), "--data", gappy.toString(), "--steps", "1", "--out",
                dir.resolve("f.csv").toString()).expectSuccess();
        assertTrue(f.err().contains("rnnlab forecast: note: " + gappy + ": 1 missing value interpolated, the first on"
                + " line 51 (the model's missing-value policy)"), f.err());
    }

    @Test
    void aCellTheModelsReadingOptionsRefuse_isAdvisedForTheModel_notWithOptionsForecastLacks() throws Exception {
        Path run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run).expectSuccess();
        List<String> lines = Files.readAllLines(Cli.AIRLINE);
        List<String> empty = new java.util.ArrayList<>(lines), comma = new java.util.ArrayList<>(lines);
        empty.set(4, lines.get(4).split(",")[0] + ",");
        comma.set(4, lines.get(4).split(",")[0] + ",\"" + lines.get(4).split(",")[1] + ",5\"");
        Path withEmpty = Files.write(dir.resolve("empty.csv"), empty), withComma = Files.write(dir.resolve("comma.csv"), comma);
        String err = assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", withEmpty.toString(), "--steps", "2"),
                withEmpty + ":5:2: empty value in column \"passengers\"; fill it in or remove the row: the model reads"
                + " files with the missing-value policy it was trained with (error; one trained with --missing drop,"
                + " ffill or interpolate repairs missing values)");
        assertTrue(!err.contains("choose a missing-value policy"), err);
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", withComma.toString(), "--steps", "2"),
                withComma + ":5:2: \"" + lines.get(4).split(",")[1] + ",5\" in column \"passengers\" is not a number (it"
                + " looks like a decimal comma); give the numbers with decimal points, as the model's training file had"
                + " them (a model trained with --decimal-comma reads decimal commas)");
    }

    @Test
    void monthlyDatesOnTheFirst_areReadAsMonths_withDateOrder_andTheModelForecastsTheNextMonths() throws Exception {
        StringBuilder csv = new StringBuilder("Date,v\n");
        java.time.LocalDate d = java.time.LocalDate.of(2015, 1, 1);
        for (int i = 0; i < 72; i++, d = d.plusMonths(1)) {
            csv.append(String.format("%02d/%02d/%d,%.3f%n", d.getDayOfMonth(), d.getMonthValue(), d.getYear(),
                    10 + Math.sin(i / 2.0)));
        }
        Path file = Cli.write(dir, "firsts.csv", csv.toString());
        Cli.Run plain = Cli.train(file, dir.resolve("plain"), "--window", "4").expectSuccess();
        assertTrue(plain.err().contains("could be day/month or month/day dates, so they are read as plain labels"
                + " (--date-order reads them as dates)"), plain.err());
        Path run = dir.resolve("run");
        Cli.Run t = Cli.train(file, run, "--window", "4", "--date-order", "day-month").expectSuccess();
        assertTrue(t.err().contains("its dates read as day/month/year"), t.err());
        assertTrue(Files.readString(run.resolve("model.json")).contains("\"day_first\" : true"));
        Path out = dir.resolve("f.csv");
        Cli.run("forecast", "--model", run.toString(), "--data", file.toString(), "--steps", "2", "--out",
                out.toString()).expectSuccess();
        List<String> rows = Files.readAllLines(out);
        assertTrue(rows.get(1).startsWith("2021-01-01,1,") && rows.get(2).startsWith("2021-02-01,2,"),
                "the months after December 2020: " + rows);
    }

    @Test
    void aModelTrainedOnDayFirstDates_readsANewFilesDatesTheSameWay_evenWhereItsOwnAreAmbiguous() throws Exception {
        StringBuilder train = new StringBuilder("Date,v\n"), fresh = new StringBuilder("Date,v\n");
        java.time.LocalDate d = java.time.LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 120; i++, d = d.plusDays(1)) {
            train.append(String.format("%02d/%02d/%d,%.3f%n", d.getDayOfMonth(), d.getMonthValue(), d.getYear(),
                    10 + Math.sin(i / 3.0)));
        }
        for (int day = 1; day <= 12; day++) { // 01/02/2021 ... 12/02/2021: month first would read them as January...December
            fresh.append(String.format("%02d/02/2021,%.3f%n", day, 10 + Math.sin(day / 3.0)));
        }
        Path trained = Cli.write(dir, "days.csv", train.toString()), ambiguous = Cli.write(dir, "fresh.csv", fresh.toString());
        Path run = dir.resolve("run");
        Cli.Run t = Cli.train(trained, run, "--window", "4").expectSuccess();
        assertTrue(t.err().contains("its dates read as day/month/year"), t.err());
        Path out = dir.resolve("f.csv");
        Cli.run("forecast", "--model", run.toString(), "--data", ambiguous.toString(), "--steps", "2", "--out",
                out.toString()).expectSuccess();
        List<String> rows = Files.readAllLines(out);
        assertTrue(rows.get(1).startsWith("2021-02-13,1,"), "the day after 12 February: " + rows);
        Path contradicting = Cli.write(dir, "us.csv", "Date,v\n02/13/2021,1\n02/14/2021,2\n02/15/2021,3\n02/16/2021,4\n"
                + "02/17/2021,5\n");
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", contradicting.toString(), "--steps", "1"),
                contradicting + ":2:1: time label \"02/13/2021\" in column \"Date\" reads as month/day/year, but"
                + " day/month/year was asked for; the model reads dates in the order its training file's were read:"
                + " give them in that order");
    }

    @Test
    void rejects_aSeriesTooShortForTheModelsWindow() {
        Path run = dir.resolve("run");
        Cli.train(Cli.AIRLINE, run).expectSuccess();
        Path tiny = Cli.write(dir, "tiny.csv", Cli.monthly(5).replace("value", "passengers"));
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", tiny.toString(), "--steps", "1"),
                tiny + ": the series has 5 rows but window 12 + horizon 1 needs at least 13 rows");
    }

    @Test
    void forecast_intervalBacktest_restsTheBandsOnTheBacktestsErrorsToo_butNotTheForecasts_andRefusesAnUnlikeModels() throws Exception {
        Path run = dir.resolve("run"), bt = dir.resolve("bt");
        Cli.train(Cli.AIRLINE, run, "--transform", "log").expectSuccess();
        List<String> backtest = new java.util.ArrayList<>(List.of("backtest", "--data", Cli.AIRLINE.toString(), "--out",
                bt.toString(), "--transform", "log", "--origins", "6", "--every", "2", "--horizon", "3"));
        backtest.addAll(List.of(Cli.TINY));
        Cli.run(backtest.toArray(String[]::new)).expectSuccess();
        Path plain = dir.resolve("plain.csv"), pooled = dir.resolve("pooled.csv");
        Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3", "--out",
                plain.toString()).expectSuccess();
        Cli.Run r = Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3",
                "--out", pooled.toString(), "--interval-backtest", bt.toString()).expectSuccess();
        assertTrue(r.out().contains("held-out errors at step 1 (the newest of the validation part's and of 18 backtest"
                + " forecast errors in " + bt + ")"), r.out());
        String[] a = Files.readAllLines(plain).get(1).split(","), b = Files.readAllLines(pooled).get(1).split(",");
        assertEquals(a[2], b[2], "the same forecast");
        assertTrue(!a[3].equals(b[3]) || !a[4].equals(b[4]), "other bounds at step 1: " + String.join(",", b));

        Path unlike = dir.resolve("bt-diff");
        List<String> other = new java.util.ArrayList<>(backtest);
        other.set(other.indexOf(bt.toString()), unlike.toString());
        other.set(other.indexOf("log"), "diff");
        Cli.run(other.toArray(String[]::new)).expectSuccess();
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "3",
                "--interval-backtest", unlike.toString()), unlike.resolve("run.json") + ": the backtest's model 1 (from"
                + " origin ", ") is not like the forecasting model: transforms diff (the model's: log); give a backtest"
                + " run with the model's options", "so give them: --window 12 --transform log)");

        Path direct = dir.resolve("direct");
        Cli.train(Cli.AIRLINE, direct, "--horizon", "3").expectSuccess();
        assertRejected(Cli.run("forecast", "--model", direct.toString(), "--data", Cli.AIRLINE.toString(), "--steps",
                "1", "--interval-backtest", bt.toString()), "--interval-backtest needs a recursive model (trained with"
                + " horizon 1); this one predicts 3 rows ahead directly");
        assertRejected(Cli.run("forecast", "--model", run.toString(), "--data", Cli.AIRLINE.toString(), "--steps", "1",
                "--interval", "none", "--interval-backtest", bt.toString()),
                "--interval-backtest applies only to intervals, not --interval none; leave it out");
        Path unvalidated = dir.resolve("unvalidated");
        Cli.train(Cli.AIRLINE, unvalidated, "--transform", "log", "--split", "0.85,0,0.15").expectSuccess();
        assertRejected(Cli.run("forecast", "--model", unvalidated.toString(), "--data", Cli.AIRLINE.toString(), "--steps",
                "3", "--interval-backtest", bt.toString()), "--interval-backtest slides a backtest's errors into the"
                + " model's validation errors, and this model file holds none");
    }
}
