package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rnnlab backtest: origins, baselines that see only the past, metrics and files. */
class BacktestCommandTest {

    @TempDir
    Path dir;

    private Cli.Run backtest(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("backtest", "--data", Cli.AIRLINE.toString(), "--out",
                dir.resolve("bt").toString(), "--hidden", "4", "--epochs", "3", "--patience", "0", "--transform", "log,diff"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void writesOneRowPerOriginAndStep_withBaselinesFromThePastOnly() throws Exception {
        Cli.Run r = backtest("--origins", "4", "--every", "3", "--horizon", "5").expectSuccess();
        assertTrue(r.err().contains("4 origins from 1959-10 to 1960-07, 5 steps ahead each"), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("bt/backtest.csv"));
        assertEquals("target,origin,ahead,row_label,model_number,actual,model,persistence,seasonal_naive,drift,"
                + "training_mean,lower_80,upper_80,lower_95,upper_95", rows.get(0));
        assertEquals(1 + 4 * 5, rows.size());
        // the last origin's 5th step is the file's last row, 1960-12 (432 passengers); persistence is 1960-07's 622
        String last = rows.get(rows.size() - 1);
        assertTrue(last.startsWith("passengers,1960-07,5,1960-12,1,432.0,"), last);
        String[] cells = last.split(",", -1);
        assertEquals(622.0, Double.parseDouble(cells[7]), 0);
        assertEquals(405.0, Double.parseDouble(cells[8]), 0, "seasonal naive: 1959-12");
        double drift = 622 + 5 * (622.0 - 112) / 138;
        assertEquals(drift, Double.parseDouble(cells[9]), 1e-9);
        for (String file : List.of("summary.md", "errors.png", "forecasts.png")) {
            assertTrue(Files.size(dir.resolve("bt").resolve(file)) > 0, file);
        }
        assertTrue(r.out().contains("lstm: MASE "), r.out());
        assertTrue(Files.readString(dir.resolve("bt/summary.md")).contains("| nominal | empirical coverage |"));
    }

    @Test
    void refitEvery_trainsAModelPerGroupOfOrigins() throws Exception {
        Cli.Run r = backtest("--origins", "4", "--every", "2", "--horizon", "3", "--refit-every", "2").expectSuccess();
        assertTrue(r.err().contains("model 2 at origin 3/4"), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("bt/backtest.csv"));
        assertTrue(rows.get(rows.size() - 1).split(",")[4].equals("2"), rows.get(rows.size() - 1));
    }

    @Test
    void rejects_originsThatLeaveNoRowsToTrainOn() {
        Cli.assertRejected(backtest("--origins", "70", "--every", "2"), "too few", "--origins");
    }
}
