package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.io.FileStreams;

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
    void intervalAdapt_movesLaterBandsOnly_andTheSummarySaysSo() throws Exception {
        backtest("--origins", "6", "--every", "1", "--horizon", "2", "--interval", "80", "--interval-adapt", "0")
                .expectSuccess();
        List<String> fixed = Files.readAllLines(dir.resolve("bt/backtest.csv"));
        assertTrue(Files.readString(dir.resolve("bt/summary.md")).contains("at the nominal levels"));
        backtest("--origins", "6", "--every", "1", "--horizon", "2", "--interval", "80", "--interval-adapt", "0.5")
                .expectSuccess();
        List<String> adapted = Files.readAllLines(dir.resolve("bt/backtest.csv"));
        assertTrue(Files.readString(dir.resolve("bt/summary.md"))
                .contains("adaptive conformal inference with step 0.5"));
        assertEquals(fixed.subList(0, 3), adapted.subList(0, 3), "the first origin knows no actual value yet");
        assertTrue(!fixed.equals(adapted), "later origins' bands follow the coverage seen");
    }

    @Test
    void rejects_anAdaptationStepOutsideZeroToOne() {
        Cli.assertRejected(backtest("--interval-adapt", "1"), "--interval-adapt must be in [0, 1), got 1.0");
    }

    @Test
    void rejects_aZeroCountGivenExplicitly_ratherThanTakingItForTheDefault() {
        Cli.assertRejected(backtest("--origins", "0"), "--origins must be >= 1, got 0 (leave it out for the default)");
        Cli.assertRejected(backtest("--every", "0"), "--every must be >= 1, got 0 (leave it out for the default)");
        Cli.assertRejected(backtest("--horizon", "0"), "--horizon must be >= 1, got 0 (leave it out for the default)");
        Cli.assertRejected(backtest("--origins", "-3"), "--origins must be >= 1, got -3");
    }

    @Test
    void rejects_originsThatLeaveNoRowsToTrainOn_andLeavesNoRunToResume() {
        Cli.assertRejected(backtest("--origins", "70", "--every", "2"), "too few for 70 origins 2 rows apart with 12 steps ahead",
                "--origins");
        Cli.assertRejected(backtest("--origins", "80", "--every", "2", "--horizon", "1"),
                "too few for 80 origins 2 rows apart with 1 step ahead", "--origins");
        Cli.assertRejected(backtest("--origins", "1", "--every", "1", "--horizon", "200"),
                "too few for 1 origin 1 row apart with 200 steps ahead");
        backtest("--origins", "2", "--every", "2", "--horizon", "2").expectSuccess(); // not "holds an interrupted run"
    }

    @Test
    void rejects_aRecursiveBacktestWhoseModelReadsColumnsItDoesNotPredict_beforeTraining_leavingNothingToResume() {
        Path file = Cli.write(dir, "multi.csv", Cli.threeColumnMonthly(60));
        Path out = dir.resolve("multi");
        Cli.Run refused = Cli.run("backtest", "--data", file.toString(), "--out", out.toString(), "--hidden", "4",
                "--epochs", "3", "--transform", "none");
        Cli.assertRejected(refused, "a backtest 12 steps ahead feeds each prediction back as the next input, but the"
                + " model would also read sales, temp, which it does not predict", "give --horizon 1, or --direct",
                "--features price");
        assertTrue(!refused.err().contains("model 1 at origin"), "refused before any training: " + refused.err());
        assertTrue(Files.notExists(dir.resolve("multi.incomplete")), "nothing left that asks to be resumed");
        Cli.run("backtest", "--data", file.toString(), "--out", out.toString(), "--hidden", "4", "--epochs", "3",
                "--transform", "none", "--horizon", "1", "--origins", "3").expectSuccess();
    }

    @Test
    void aBacktestStoppedByAFullDisk_continuesWithResume_toTheSameFiles_withoutTrainingItsFinishedModelsAgain()
            throws Exception {
        String[] options = {"--origins", "4", "--every", "2", "--horizon", "3", "--refit-every", "2"};
        long total;
        try (FileStreams.Budget counted = FileStreams.failAfter(Long.MAX_VALUE)) {
            backtest(options).expectSuccess();
            total = counted.used();
        }
        Path whole = dir.resolve("whole");
        Files.move(dir.resolve("bt"), whole);
        Cli.Run stopped;
        try (FileStreams.Budget full = FileStreams.failAfter(total * 3 / 4)) { // in the second model's trainings
            stopped = backtest(options);
        }
        assertEquals(1, stopped.exit(), stopped.err());
        assertTrue(stopped.err().strip().endsWith(": disk full (No space left on device); " + dir.resolve("bt")
                + " was not created; continue this run with --resume " + dir.resolve("bt") + " once the cause is fixed"),
                stopped.err());
        Cli.Run resumed = Cli.run("backtest", "--resume", dir.resolve("bt").toString()).expectSuccess();
        assertTrue(resumed.err().contains("model 1 at origin 1/4 (1960-03): log,diff, ") && resumed.err().contains(
                "; continued from its checkpoints"), resumed.err());
        assertEquals(Files.readString(whole.resolve("backtest.csv")), Files.readString(dir.resolve("bt/backtest.csv")));
        assertTrue(Files.notExists(dir.resolve("bt.incomplete")), "the checkpoints went with the swap");
    }

    @Test
    void resume_refusesOtherOptions_andADirectoryWithNoInterruptedBacktest() {
        Cli.assertRejected(Cli.run("backtest", "--resume", dir.resolve("bt").toString(), "--origins", "3"),
                "--resume continues with the options the run was started with; give no other options (got --origins 3)");
        Cli.assertRejected(Cli.run("backtest", "--resume", dir.resolve("bt").toString()), "no interrupted run to continue");
    }
}
