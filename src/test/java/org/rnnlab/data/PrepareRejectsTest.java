package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnlab.data.CsvFixtures.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.error.InputException;

/** Inputs that cannot be prepared: series too short, non-positive values under log. */
class PrepareRejectsTest {

    @TempDir
    Path dir;

    private static String months(int rows, int zeroAt) {
        StringBuilder b = new StringBuilder("month,a,b\n");
        for (int r = 0; r < rows; r++) {
            b.append(String.format("%04d-%02d,%d,%d%n", 2000 + r / 12, r % 12 + 1, r + 1, r == zeroAt ? 0 : r + 5));
        }
        return b.toString();
    }

    private static InputException rejected(TimeSeriesTable table, PrepareOptions options, String location,
            String... fragments) {
        InputException e = assertThrows(InputException.class, () -> PreparedData.prepare(table, options));
        assertEquals(location, e.location(), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.detail().contains(fragment), "message lacks \"" + fragment + "\": " + e.detail());
        }
        return e;
    }

    @Test
    void prepare_rejectsATargetConstantOnTheTrainingPart_namingItAndSuggestingTarget() {
        StringBuilder b = new StringBuilder("month,a,flat\n");
        for (int r = 0; r < 40; r++) {
            b.append(String.format("%04d-%02d,%d,%s%n", 2000 + r / 12, r % 12 + 1, r, r < 28 ? "3.5" : "4"));
        }
        Path file = write(dir, b.toString());
        rejected(CsvLoader.load(file), PrepareOptions.of(WindowOptions.of(3, 1)), file.toString(),
                "the target column \"flat\" is 3.5 on every row of the training part (lines 2–29)",
                "nothing to learn", "choose a column that varies with --target");
        TimeSeriesTable varying = CsvLoader.load(file, CsvOptions.defaults().withTargets(ColumnRef.byName("a")));
        assertEquals(List.of("a"), PreparedData.prepare(varying, PrepareOptions.of(WindowOptions.of(3, 1)))
                .table().targetNames());
    }

    @Test
    void prepare_rejectsSeriesShorterThanWindowPlusHorizon_sayingNeededAndActualRows() {
        Path file = write(dir, months(10, -1));
        rejected(CsvLoader.load(file), PrepareOptions.of(WindowOptions.of(12, 1)), file.toString(),
                "the series has 10 rows", "window 12 + horizon 1 needs at least 13 rows", "shorter window");
    }

    @Test
    void prepare_countsTheRowDiffLoses() {
        Path file = write(dir, months(13, -1));
        rejected(CsvLoader.load(file), PrepareOptions.of(WindowOptions.of(12, 1))
                .withTransforms(Transforms.none().withDiff(true)), file.toString(),
                "has 13 rows", "needs at least 14 rows (one more for the diff transform)");
    }

    @Test
    void prepare_rejectsAValidationPartWithoutRows_namingItsFraction() {
        Path file = write(dir, months(100, -1));
        rejected(CsvLoader.load(file), PrepareOptions.of(WindowOptions.of(12, 4))
                .withSplit(new SplitFractions(0.85, 0.004, 0.146)), file.toString(),
                "the validation part has no row to score with window 12 + horizon 4",
                "larger validation fraction (now 0.004)", "or set it to 0");
    }

    @Test
    void prepare_rejectsATrainingPartTooShort_withoutSuggestingZero() {
        InputException e = rejected(WindowsTest.ramp(100, 0), PrepareOptions.of(WindowOptions.of(10, 1))
                .withSplit(new SplitFractions(0.1, 0.45, 0.45)), null, "the training part has 10 usable rows (rows 1–10)",
                "needs at least 11");
        assertTrue(!e.detail().contains("set it to 0"));
    }

    @Test
    void log_rejectsTheFirstNonPositiveValue_atItsLineAndColumn() {
        Path file = write(dir, months(40, 17));
        rejected(CsvLoader.load(file), PrepareOptions.of(WindowOptions.of(3, 1)).withTransforms(
                Transforms.none().withLog(true)), file + ":19:3", "the log transform needs positive values",
                "column \"b\" holds 0.0", "drop the log transform");
    }

    @Test
    void log_onATableInMemory_namesRowAndColumn() {
        TimeSeriesTable table = TimeSeriesTable.of(List.of("x"), new double[][] {{1, 2, -3, 4, 5}}, List.of("x"),
                List.of("x"));
        InputException e = rejected(table, PrepareOptions.of(WindowOptions.of(1, 1)).withTransforms(
                Transforms.none().withLog(true)), null, "holds -3.0");
        assertTrue(e.getMessage().startsWith("row 3, column \"x\": "), e.getMessage());
    }
}
