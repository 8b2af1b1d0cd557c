package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults that fit a short file: the window of the recipe the rule chose, and backtest origins from the middle on. */
class ShortFileDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void train_onFifteenMonths_takesAWindowThatFitsTheRecipeTheRuleChose_andSaysWhyTheRuleCouldNotMeasure() {
        Path file = Cli.write(dir, "short.csv", Cli.monthly(15));
        Cli.Run r = Cli.train(file, dir.resolve("run"), "--transform", "auto").expectSuccess();
        assertTrue(r.err().contains("rnnlab train: window 5 for "), r.err());
        assertTrue(r.err().contains("(the default 12 leaves too few training windows in this 15-row series; --window"
                + " sets it)"), r.err());
        assertTrue(r.err().contains("no sdiff (seasonal strength not measurable: no season, or fewer than three seasons"
                + " of rows)"), r.err());
        assertTrue(!r.err().contains("NaN"), r.err());
    }

    @Test
    void train_onAFileTooShortForAnyWindow_saysHowManyRowsItTakes_ratherThanAskingForAShorterWindow() {
        for (int rows : new int[] {3, 5}) {
            Path file = Cli.write(dir, "tiny.csv", Cli.monthly(rows));
            Cli.assertRejected(Cli.train(file, dir.resolve("run"), "--transform", "none"), file + ": " + rows + " rows are"
                    + " too few for a model: the split (70 % training, 15 % validation, 15 % test) needs room for a window"
                    + " of 2 steps in the training part and a row in each other part; give a series of at least 6 rows");
        }
        Cli.train(Cli.write(dir, "six.csv", Cli.monthly(6)), dir.resolve("run"), "--transform", "none").expectSuccess();
    }

    @Test
    void backtest_onThirtyMonths_startsItsOriginsAtTheMiddleOfTheFile() {
        Path file = Cli.write(dir, "short.csv", Cli.monthly(30));
        List<String> args = new ArrayList<>(List.of("backtest", "--data", file.toString(), "--out",
                dir.resolve("bt").toString(), "--transform", "none"));
        args.addAll(List.of(Cli.TINY));
        Cli.Run r = Cli.run(args.toArray(String[]::new)).expectSuccess();
        assertTrue(r.err().contains("4 origins from 2001-03 to 2001-06, 12 steps ahead each"), r.err());
    }

    @Test
    void train_onFortyMonths_keepsTheWindowItAnnounced_whenItFitsTheRulesRecipe() {
        Path file = Cli.write(dir, "forty.csv", Cli.monthly(40));
        Cli.Run r = Cli.train(file, dir.resolve("run"), "--transform", "auto").expectSuccess();
        assertTrue(r.err().contains("window 7 (the default 12 leaves too few training windows in this 40-row series"),
                r.err());
        assertTrue(!r.err().contains(" for diff (") && !r.err().contains(" for none ("), "no second window: " + r.err());
        assertTrue(r.err().contains("highway 7 steps"), r.err());
    }

    @Test
    void backtest_withExplicitOrigins_spacesThemAsBefore_notFromTheMiddle() {
        Path file = Cli.write(dir, "short.csv", Cli.monthly(30));
        List<String> args = new ArrayList<>(List.of("backtest", "--data", file.toString(), "--out",
                dir.resolve("bt").toString(), "--transform", "none", "--origins", "5"));
        args.addAll(List.of(Cli.TINY));
        Cli.Run r = Cli.run(args.toArray(String[]::new)).expectSuccess();
        assertTrue(r.err().contains("5 origins from 2000-10 to 2001-06, 12 steps ahead each"), r.err());
    }
}
