package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rnnlab.data.CsvFixtures.assertRejected;
import static org.rnnlab.data.CsvFixtures.write;
import static org.rnnlab.data.CsvFixtures.writeBytes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rnnlab.error.InputException;

/** Every input the loader rejects: the message, the line and the field. */
class CsvLoaderRejectsTest {

    @TempDir
    Path dir;

    @Test
    void load_rejectsEmptyFile_sayingItIsEmpty() {
        assertRejected(write(dir, ""), "", "the file is empty", "header row");
    }

    @Test
    void load_rejectsFileOfBlankLines_asEmpty() {
        assertRejected(write(dir, "\n\r\n  \n"), "", "the file is empty");
    }

    @Test
    void load_rejectsHeaderWithoutRows_namingTheHeader() {
        assertRejected(write(dir, "month,passengers\n"), ":1", "no data rows", "\"month,passengers\"",
                "add at least one row");
    }

    @Test
    void load_rejectsRowsNewestFirst_sayingTheLabelsRunBackwards() {
        Path file = write(dir, "month,v\n2020-03,1\n2020-02,2\n2020-01,3\n");
        assertRejected(file, ":3:1", "time labels in column \"month\" run backwards", "\"2020-03\" on line 2",
                "oldest first", "reverse the order");
    }

    @Test
    void load_rejectsDateTimesNewestFirst() {
        Path file = write(dir, "timestamp,v\n2020-01-01T02:00,1\n2020-01-01T01:00,2\n2020-01-01T00:00,3\n");
        assertRejected(file, ":3:1", "run backwards", "oldest first");
    }

    /** Newest first across the end of summer time: one step forward among the steps back. */
    @Test
    void load_rejectsDateTimesNewestFirst_evenWhereTheClockRepeatsAnHour() {
        Path file = write(dir, "timestamp,v\n2000-10-29T03:00,1\n2000-10-29T02:30,2\n2000-10-29T02:00,3\n"
                + "2000-10-29T02:30,4\n2000-10-29T02:00,5\n2000-10-29T01:30,6\n");
        assertRejected(file, ":3:1", "run backwards", "\"2000-10-29T03:00\" on line 2", "reverse the order of the rows"
                + " below the header");
    }

    @Test
    void load_rejectsDateTimesThatStepBackMoreThanAnHour() {
        Path file = write(dir, "timestamp,v\n2020-01-01T00:00,1\n2020-01-01T05:00,2\n2020-01-01T01:00,3\n"
                + "2020-01-01T06:00,4\n");
        assertRejected(file, ":4:1", "time label \"2020-01-01T01:00\" in column \"timestamp\" comes more than an hour"
                + " before \"2020-01-01T05:00\" on line 3", "sort the file by time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"month,v\n2020-11,1\n2020-12,2\n2020-13,3\n", "day,v\n2019-02-27,1\n2019-02-28,2\n2019-02-29,3\n",
            "quarter,v\n1990Q3,1\n1990Q4,2\n1991 Q1,3\n", "quarter,v\n1990 Q3,1\n1990 Q4,2\n1990 Q5,3\n"})
    void load_rejectsATimeLabelThatDoesNotFitTheFirstOnesFormat_ratherThanDroppingTheTimeAxis(String content) {
        assertRejected(write(dir, content), ":4:1", "is not a valid label in the format of", "on line 2",
                "every time label in one format");
    }

    @Test
    void load_rejectsAFirstTimeLabelThatIsNoRealDate() {
        assertRejected(write(dir, "month,v\n2020-13,1\n2021-01,2\n"), ":2:1", "time label \"2020-13\" in column \"month\""
                + " is not a real date, month or quarter; correct it");
    }

    @Test
    void load_rejectsAFileOutOfOrder_withoutCallingItNewestFirst() {
        Path file = write(dir, "day,v\n2020-01-09,1\n2020-01-02,2\n2020-01-03,3\n2020-01-04,4\n2020-01-05,5\n");
        InputException e = assertRejected(file, ":3:1", "comes before \"2020-01-09\" on line 2", "sort the file by time");
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("run backwards"), e.getMessage());
    }

    @Test
    void load_rejectsARowOutOfTimeOrder_namingItAndTheRowBefore() {
        Path file = write(dir, "day,v\n2020-01-01,1\n2020-01-03,2\n2020-01-02,3\n2020-01-04,4\n");
        assertRejected(file, ":4:1", "time label \"2020-01-02\" in column \"day\" comes before \"2020-01-03\" on line 3",
                "sort the file by time");
    }

    @Test
    void load_rejectsARepeatedTimeLabel_namingBothLines() {
        Path file = write(dir, "month,v\n2020-01,1\n2020-02,2\n\n2020-02,3\n");
        assertRejected(file, ":5:1", "\"2020-02\" in column \"month\" repeats the label on line 3", "one row per time");
    }

    @Test
    void load_rejectsARepeatedZonedDateTime_sinceAnInstantCannotRepeatAsLocalClockTimeDoes() {
        assertRejected(write(dir, "ts,v\n2021-01-01T00:00:00Z,1\n2021-01-01T00:00:00Z,2\n"), ":3:1",
                "repeats the label on line 2");
    }

    @Test
    void load_rejectsSpreadsheetDatesThatContradictEachOther_atTheFirstContradiction() {
        assertRejected(write(dir, "Date,v\n31/12/2020,1\n05/13/2021,2\n"), ":3:1", "time label \"05/13/2021\" in column"
                + " \"Date\" reads as month/day/year, but \"31/12/2020\" on line 2 as day/month/year; give every date in one"
                + " order");
        assertRejected(write(dir, "Date,v\n13/01/2020,1\n14.01.2020,2\n"), ":3:1", "time label \"14.01.2020\" in column"
                + " \"Date\" is not in the format of \"13/01/2020\" on line 2; give every time label in one format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"102.5\n101.0\n", "2020-01,1.5\n2020-02,2\n", "1990 Q1,3\n1990 Q2,4\n", "7,8\n9,10\n",
            "1\n3\n2\n", "0\n5\n", "12/30/2020,1\n12/31/2020,2\n"})
    void load_rejectsAFirstLineOfData_suggestingAHeaderOrNoHeader(String content) {
        assertRejected(write(dir, content), ":1", "not column names", "looks like the first row of data",
                "add a header line", "--no-header", "names that are not numbers");
    }

    @Test
    void load_rejectsRowWithExtraField_namingExpectedAndFoundCounts() {
        Path file = write(dir, "month,v\n2020-01,1\n2020-02,2,3\n");
        assertRejected(file, ":3:3", "expected 2 fields", "found 3", "as in the header", "separator");
    }

    @Test
    void load_rejectsRowWithMissingField_atTheFirstMissingField() {
        Path file = write(dir, "month,a,b\n2020-01,1,2\n2020-02,1\n");
        assertRejected(file, ":3:3", "expected 3 fields", "found 2");
    }

    @Test
    void load_rejectsNonNumericValue_quotingItWithLineAndColumn() {
        Path file = write(dir, "month,v\n2020-01,1\n2020-02,abc\n2020-03,3\n");
        assertRejected(file, ":3:2", "\"abc\" in column \"v\" is not a number", "fix the value");
    }

    @Test
    void load_rejectsEmptyCell_suggestingAMissingValuePolicy() {
        Path file = write(dir, "month,a,b\n2020-01,1,2\n2020-02,,2\n");
        assertRejected(file, ":3:2", "empty value in column \"a\"", "(--missing drop, ffill or interpolate)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "NA", "na", "N/A"})
    void load_rejectsNaNLiteral_namingLineAndColumn(String literal) {
        Path file = write(dir, "month,v\n2020-01,1\n2020-02," + literal + "\n");
        assertRejected(file, ":3:2", "\"" + literal + "\" in column \"v\" marks a missing value", "missing-value policy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Inf", "inf", "-Inf", "Infinity", "+INFINITY", "-infinity"})
    void load_rejectsInfinityLiteral_namingLineAndColumn(String literal) {
        Path file = write(dir, "month,v\n2020-01,1\n2020-02," + literal + "\n");
        assertRejected(file, ":3:2", "\"" + literal + "\" in column \"v\" is infinite", "finite");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1p3", "1d", "1f", "1D", "1e", "1e+", ".", "+", "-", "1.2.3", "1 000", "1_000", "--1",
        "1,5", "one", "'1'", "0x10", "1L"})
    void load_rejectsWhatDoubleParseDoubleWouldAccept_orOtherNonDecimals(String value) {
        Path file = write(dir, "month;v\n2020-01;1\n2020-02;" + value + "\n");
        assertRejected(file, ":3:2", "\"" + value + "\" in column \"v\" is not a number");
    }

    @Test
    void load_rejectsSpreadsheetNumberFormats_sayingWhatToWriteInstead() {
        assertRejected(write(dir, "month,v\n2020-01,\"1,028.3\"\n"), ":2:2", "\"1,028.3\" in column \"v\" is not a number"
                + " (it carries a thousands separator: give the number alone, 1028.3, as a spreadsheet's plain number format"
                + " exports it)");
        assertRejected(write(dir, "month,v\n2020-01,5.10%\n"), ":2:2", "(it carries a percent sign: give the number"
                + " alone, 5.10,");
        assertRejected(write(dir, "month,v\n2020-01,$2016.58\n"), ":2:2", "(it carries a currency sign: give the number"
                + " alone, 2016.58,");
        assertRejected(write(dir, "month;v\n2020-01;1.028,3\n"), CsvOptions.defaults().withDecimalComma(true), ":2:2",
                "(it carries a thousands separator: give the number alone, 1028,3");
        assertRejected(write(dir, "month,v\n2020-01,12.345.6\n"), ":2:2", "(numbers look like 12, -3.5 or 1.2e-3)");
        assertRejected(write(dir, "month,v\n2020-01,\"$1,234\"\n"), ":2:2", "(it carries a currency sign and a thousands"
                + " separator: give the number alone, 1234,");
    }

    @Test
    void load_rejectsAColumnEmptyOnEveryRow_sayingNoPolicyFillsIt() {
        Path file = write(dir, "month,v,notes\n2020-01,1,\n2020-02,2,\n2020-03,3,\n");
        for (MissingValuePolicy policy : MissingValuePolicy.values()) {
            assertRejected(file, CsvOptions.defaults().withMissingValues(policy), ":2:3", "column \"notes\" is empty on"
                    + " every row, so no missing-value policy can fill it; leave it out of the features and targets");
        }
    }

    @Test
    void load_rejectsDecimalCommaWhenNotAsked_suggestingTheOption() {
        Path file = write(dir, "month;v\n2020-01;3,5\n");
        assertRejected(file, ":2:2", "\"3,5\"", "is not a number (it looks like a decimal comma); load the file with decimal commas (--decimal-comma), or fix the value");
    }

    @Test
    void load_rejectsDecimalPointWhenDecimalCommaAsked() {
        Path file = write(dir, "month;v\n2020-01;3.5\n");
        assertRejected(file, CsvOptions.defaults().withDecimalComma(true), ":2:2", "\"3.5\"",
                "'.' is not a decimal point");
    }

    @Test
    void load_rejectsValueBeyondDoubleRange() {
        Path file = write(dir, "month,v\n2020-01,1e400\n");
        assertRejected(file, ":2:2", "\"1e400\"", "beyond the range of a double");
    }

    @Test
    void load_rejectsDuplicateColumnNames_namingBothPositions() {
        Path file = write(dir, "month,v,v\n2020-01,1,2\n");
        assertRejected(file, ":1:3", "\"v\" appears twice", "columns 2 and 3", "unique name");
    }

    @Test
    void load_rejectsEmptyColumnName_suggestingATrailingSeparator() {
        Path file = write(dir, "month,v,\n2020-01,1,2\n");
        assertRejected(file, ":1:3", "column 3 has no name", "trailing separator");
        assertRejected(write(dir, ",,v\n0,1,2\n1,2,3\n"), ":1:1", "column 1 has no name");
        assertRejected(write(dir, ",index\n0,1\n1,2\n"), ":1:1", "column 1 has no name");
    }

    @Test
    void load_rejectsUnknownColumnName_listingTheColumnsThatExist() {
        Path file = write(dir, "month,a,b\n2020-01,1,2\n");
        assertRejected(file, CsvOptions.defaults().withTargets(ColumnRef.byName("c")), ":1",
                "no column named \"c\"", "target column", "\"month\", \"a\", \"b\"");
    }

    @Test
    void load_rejectsColumnIndexBeyondTheLast_listingTheColumnsThatExist() {
        Path file = write(dir, "month,a,b\n2020-01,1,2\n");
        assertRejected(file, CsvOptions.defaults().withFeatures(ColumnRef.byIndex(4)), ":1",
                "no column 4", "feature column", "has 3 columns", "\"month\", \"a\", \"b\"", "from 1 to 3");
    }

    @Test
    void load_rejectsUnknownTimeColumn() {
        Path file = write(dir, "month,a\n2020-01,1\n");
        assertRejected(file, CsvOptions.defaults().withTimeColumn(ColumnRef.byName("date")), ":1",
                "no column named \"date\"", "time column", "\"month\", \"a\"");
    }

    @Test
    void load_rejectsTimeColumnAlsoListedAsFeature() {
        Path file = write(dir, "month,a\n2020-01,1\n");
        assertRejected(file, CsvOptions.defaults().withFeatures(ColumnRef.byName("month")), ":1:1",
                "\"month\" is the time column and cannot also be a feature");
    }

    @Test
    void load_rejectsColumnListedTwice_byNameAndByIndex() {
        Path file = write(dir, "month,a,b\n2020-01,1,2\n");
        assertRejected(file, CsvOptions.defaults().withFeatures(ColumnRef.byName("a"), ColumnRef.byIndex(2)), ":1:2",
                "\"a\" is listed twice as a feature");
    }

    @Test
    void load_rejectsFileWithOnlyATimeColumn() {
        Path file = write(dir, "month\n2020-01\n2020-02\n");
        assertRejected(file, ":1", "only column, \"month\", is the time column");
    }

    @Test
    void load_rejectsEmptyTimeLabel() {
        Path file = write(dir, "month,a\n2020-01,1\n,2\n");
        assertRejected(file, ":3:1", "empty time label in column \"month\"");
    }

    @Test
    void load_rejectsBinaryFile_namingTheNulByteLine() {
        byte[] bytes = "month,v\n2020-01,1\n\0\0\u0003\u0004\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(writeBytes(dir, bytes), ":3", "NUL byte", "byte offset 18", "looks binary", "UTF-8 CSV");
    }

    @Test
    void load_rejectsLatin1File_namingTheBadByteAndLine() {
        byte[] bytes = "city,v\nZ\u00fcrich,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRejected(writeBytes(dir, bytes), ":2", "not valid UTF-8", "0xFC", "byte offset 8", "re-save it as UTF-8");
    }

    @Test
    void load_rejectsUtf16File_sayingItIsUtf16() {
        byte[] bytes = "\ufeffmonth,v\n2020-01,1\n".getBytes(StandardCharsets.UTF_16LE);
        assertRejected(writeBytes(dir, bytes), "", "UTF-16", "save it as UTF-8");
    }

    @Test
    void load_rejectsUnclosedQuote_atTheLineWhereItOpens() {
        Path file = write(dir, "month,v\n2020-01,1\n2020-02,\"2\n2020-03,3\n");
        assertRejected(file, ":3", "quoted field", "never closed");
    }

    @Test
    void load_rejectsTextAfterClosingQuote() {
        Path file = write(dir, "month,v\n2020-01,\"1\"x\n");
        assertRejected(file, ":2", "malformed CSV", "quoted field must end right before a separator");
    }

    @Test
    void load_rejectsAmbiguousSeparator_askingForAnExplicitOne() {
        Path file = write(dir, "a,b;c\n1,2;3\n");
        assertRejected(file, ":1", "cannot tell the separator", "1 commas, 1 semicolons", "give the delimiter");
    }

    @Test
    void load_rejectsMissingFile() {
        Path file = dir.resolve("nope.csv");
        InputException e = assertThrows(InputException.class, () -> CsvLoader.load(file));
        assertEquals(file.toString(), e.location());
        assertEquals("no such file; check the path", e.detail());
    }

    @Test
    void load_reportsLinesCorrectly_afterSkippedEmptyLinesAndCrlf() {
        Path file = write(dir, "month,v\r\n2020-01,1\r\n\r\n\r\n2020-02,x\r\n");
        assertRejected(file, ":5:2", "\"x\"");
    }

    @Test
    void load_reportsLinesCorrectly_afterAQuotedFieldSpanningLines() {
        Path file = write(dir, "month,note,v\n2020-01,\"two\nlines\",1\n2020-02,ok,x\n");
        assertRejected(file, CsvOptions.defaults().withFeatures(ColumnRef.byName("v")), ":4:3", "\"x\"");
    }

    @Test
    void load_quotesCellsOnOneLine_escapingLineBreaksAndCuttingLongText() {
        Path file = write(dir, "month,note\n2020-01,\"two\nlines\"\n");
        assertRejected(file, ":2:2", "\"two\\nlines\" in column \"note\" is not a number");
        Path longCell = write(dir, "month,v\n2020-01," + "x".repeat(50) + "\n");
        assertRejected(longCell, ":2:2", "\"" + "x".repeat(40) + "...\" in column");
    }

    @Test
    void options_rejectDecimalCommaWithCommaDelimiter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvOptions.defaults().withDelimiter(Delimiter.COMMA).withDecimalComma(true));
        assertEquals("decimalComma needs a delimiter other than COMMA, got COMMA; use SEMICOLON, TAB or AUTO",
                e.getMessage());
    }

    @Test
    void columnRef_rejectsIndexZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnRef.parse("0"));
        assertEquals("column index must be >= 1, got 0", e.getMessage());
    }
}
