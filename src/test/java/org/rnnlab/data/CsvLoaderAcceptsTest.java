package org.rnnlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnlab.data.CsvFixtures.assertRejected;
import static org.rnnlab.data.CsvFixtures.write;
import static org.rnnlab.data.CsvFixtures.writeBytes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV variants the loader accepts, and how it picks columns. */
class CsvLoaderAcceptsTest {

    @TempDir
    Path dir;

    private static void assertSeries(TimeSeriesTable table, List<String> labels, double... values) {
        assertEquals(Optional.of(labels), table.timeLabels());
        assertEquals(List.of("v"), table.columns());
        assertArrayEquals(values, table.column(0));
    }

    @Test
    void load_readsPlainCommaFile_withTimeFeatureAndTarget() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month,v\n2020-01,1.5\n2020-02,-2\n"));
        assertSeries(t, List.of("2020-01", "2020-02"), 1.5, -2);
        assertEquals(Optional.of("month"), t.timeColumn());
        assertEquals(List.of("v"), t.featureNames());
        assertEquals(List.of("v"), t.targetNames());
        assertEquals(2, t.line(0));
        assertEquals(2, t.field(0));
    }

    @Test
    void load_readsSpreadsheetDates_asIsoDates_dailyWithItsSeason() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "Date,v\n12/30/2020,1\n12/31/2020,2\n1/1/2021,3\n"));
        assertSeries(t, List.of("2020-12-30", "2020-12-31", "2021-01-01"), 1, 2, 3);
        assertEquals(TimeAxis.Frequency.DAILY, t.timeAxis().orElseThrow().frequency());
        assertEquals(Optional.of("the first column without numbers; its dates read as month/day/year"),
                t.timeColumnReason());
        TimeSeriesTable dotted = CsvLoader.load(write(dir, "Datum,v\n30.12.2020,1\n31.12.2020,2\n"));
        assertEquals(Optional.of("the first column without numbers; its dates read as day.month.year"),
                dotted.timeColumnReason());
        assertEquals(Optional.of(true), dotted.dayFirst());
        assertRejected(write(dir, "Date,v\n02/28/2020,1\n02/30/2020,2\n"), ":3:1", "time label \"02/30/2020\" in column"
                + " \"Date\" is not a real date (the column's dates read as month/day/year); correct it");
    }

    @Test
    void load_readsSpreadsheetDateTimes_asIsoDateTimes_hourly() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "Date,v\n1/13/2022 7:00,1\n1/13/2022 8:00,2\n1/13/2022 9:00,3\n"));
        assertEquals(List.of("2022-01-13 07:00", "2022-01-13 08:00", "2022-01-13 09:00"), t.timeLabels().orElseThrow());
        assertEquals(TimeAxis.Frequency.HOURLY, t.timeAxis().orElseThrow().frequency());
        assertEquals(List.of("2022-01-13 10:00"), t.timeAxis().orElseThrow().next(1));
        TimeSeriesTable seconds = CsvLoader.load(write(dir, "Datum;v\n31.12.2021 23:30:00;1\n01.01.2022 00:00:00;2\n"));
        assertEquals(List.of("2021-12-31 23:30:00", "2022-01-01 00:00:00"), seconds.timeLabels().orElseThrow());
        TimeSeriesTable midnight = CsvLoader.load(write(dir, "time,v\n1/12/2022 23:00,1\n1/13/2022,2\n1/13/2022 1:00,3\n"));
        assertEquals(List.of("2022-01-12 23:00", "2022-01-13 00:00", "2022-01-13 01:00"),
                midnight.timeLabels().orElseThrow(), "midnight written as the date alone, as spreadsheets do");
        assertEquals(TimeAxis.Frequency.HOURLY, midnight.timeAxis().orElseThrow().frequency());
        TimeSeriesTable ambiguous = CsvLoader.load(write(dir, "Date,v\n1/9/2022 7:00,1\n1/9/2022 8:00,2\n"),
                CsvOptions.defaults().withDayFirst(false));
        assertEquals(List.of("2022-01-09 07:00", "2022-01-09 08:00"), ambiguous.timeLabels().orElseThrow());
    }

    @Test
    void load_ambiguousSlashDates_stayPlainLabels_sayingSo_untilAnOrderIsGiven() {
        Path file = write(dir, "Date,v\n01/01/2021,1\n01/02/2021,2\n01/03/2021,3\n");
        TimeSeriesTable plain = CsvLoader.load(file);
        assertEquals(List.of("01/01/2021", "01/02/2021", "01/03/2021"), plain.timeLabels().orElseThrow());
        assertEquals(Optional.of("the first column without numbers; its labels, such as \"01/01/2021\", could be"
                + " day/month or month/day dates, so they are read as plain labels (--date-order reads them as dates)"),
                plain.timeColumnReason());
        TimeSeriesTable days = CsvLoader.load(file, CsvOptions.defaults().withDayFirst(true));
        assertEquals(List.of("2021-01-01", "2021-02-01", "2021-03-01"), days.timeLabels().orElseThrow());
        assertEquals(TimeAxis.Frequency.MONTHLY, days.timeAxis().orElseThrow().frequency());
        TimeSeriesTable months = CsvLoader.load(file, CsvOptions.defaults().withDayFirst(false));
        assertEquals(List.of("2021-01-01", "2021-01-02", "2021-01-03"), months.timeLabels().orElseThrow());
        assertEquals(Optional.of(false), months.dayFirst());
        CellException e = org.junit.jupiter.api.Assertions.assertThrows(CellException.class, () -> CsvLoader.load(
                write(dir, "Date,v\n01/12/2021,1\n01/13/2021,2\n"), CsvOptions.defaults().withDayFirst(true)));
        assertEquals(CellException.Remedy.DATE_ORDER, e.remedy());
        assertTrue(e.getMessage().endsWith(":3:1: time label \"01/13/2021\" in column \"Date\" reads as month/day/year,"
                + " but day/month/year was asked for; give the dates in that order, or --date-order month-day"),
                e.getMessage());
    }

    @Test
    void load_pandasUnnamedIndexColumn_isNamedIndex_andTakenAsTheTimeColumn_notAFeature() {
        TimeSeriesTable range = CsvLoader.load(write(dir, ",value\n0,1.5\n1,2.5\n2,3.5\n3,4.5\n"));
        assertEquals(Optional.of("index"), range.timeColumn());
        assertEquals(List.of("value"), range.featureNames());
        assertEquals(Optional.of("integers 0…3 step 1, named like a time axis"), range.timeColumnReason());
        TimeSeriesTable dated = CsvLoader.load(write(dir, ",value\n2020-01-01,1\n2020-01-02,2\n2020-01-03,3\n"));
        assertEquals(Optional.of("index"), dated.timeColumn());
        assertEquals(TimeAxis.Frequency.DAILY, dated.timeAxis().orElseThrow().frequency());
        TimeSeriesTable beside = CsvLoader.load(write(dir, ",month,value\n0,2020-01,1\n1,2020-02,2\n2,2020-03,3\n"));
        assertEquals(Optional.of("month"), beside.timeColumn());
        assertEquals(List.of("value"), beside.featureNames(), "the row counter beside a time column is no feature");
    }

    @Test
    void load_acceptsColumnPositionsAsNames_asDataFramesWithoutNamesAreWritten() {
        for (String header : List.of("0,1", "1,2")) {
            TimeSeriesTable table = CsvLoader.load(write(dir, header + "\n5,6\n7,8\n"));
            assertEquals(List.of(header.split(",")), table.columns());
        }
    }

    @Test
    void load_acceptsLocalDateTimesThatRepeatAnHour_asAtTheEndOfSummerTime() {
        TimeSeriesTable table = CsvLoader.load(write(dir, "timestamp,v\n2000-10-29T01:30,1\n2000-10-29T02:00,2\n"
                + "2000-10-29T02:30,3\n2000-10-29T02:00,4\n2000-10-29T02:30,5\n2000-10-29T03:00,6\n"));
        assertEquals(6, table.rows());
    }

    @Test
    void load_readsQuarterLabels_asAQuarterlyTimeColumn() {
        TimeSeriesTable table = CsvLoader.load(write(dir, "quarter,v\n1990 Q4,1\n1991 Q1,2\n1991 Q2,3\n"));
        assertEquals(TimeAxis.Frequency.QUARTERLY, table.timeAxis().orElseThrow().frequency());
    }

    @Test
    void load_acceptsByteOrderMark_withoutItInTheFirstName() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "month,v\n2020-01,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        TimeSeriesTable t = CsvLoader.load(writeBytes(dir, bytes));
        assertEquals(Optional.of("month"), t.timeColumn());
        assertSeries(t, List.of("2020-01"), 1);
    }

    @Test
    void load_acceptsCrlfLineEnds() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month,v\r\n2020-01,1\r\n2020-02,2\r\n"));
        assertSeries(t, List.of("2020-01", "2020-02"), 1, 2);
        assertEquals(3, t.line(1));
    }

    @Test
    void load_detectsSemicolonSeparator() {
        assertSeries(CsvLoader.load(write(dir, "month;v\n2020-01;1\n2020-02;2\n")), List.of("2020-01", "2020-02"), 1, 2);
    }

    @Test
    void load_detectsTheSeparator_afterLeadingEmptyLines() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "\n\nmonth;v\n2020-01;1\n"));
        assertSeries(t, List.of("2020-01"), 1);
        assertEquals(4, t.line(0));
    }

    @Test
    void load_detectsTabSeparator() {
        assertSeries(CsvLoader.load(write(dir, "month\tv\n2020-01\t1\n2020-02\t2\n")), List.of("2020-01", "2020-02"), 1, 2);
    }

    @Test
    void load_usesAnExplicitSeparator_evenWhenAnotherIsMoreFrequent() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month;v\n2020-01;1\n"),
                CsvOptions.defaults().withDelimiter(Delimiter.SEMICOLON));
        assertSeries(t, List.of("2020-01"), 1);
    }

    @Test
    void load_acceptsQuotedFields_includingSeparatorsInsideQuotes() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "\"month\",\"note\",\"v\"\n\"2020-01\",\"a, b\",\"1.5\"\n"),
                CsvOptions.defaults().withFeatures(ColumnRef.byName("v")));
        assertSeries(t, List.of("2020-01"), 1.5);
    }

    @Test
    void load_acceptsScientificNotationAndSigns() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month,v\n2020-01,1e3\n2020-02,-2.5E-2\n2020-03,+3e+2\n"
                + "2020-04,.5\n2020-05,7.\n"));
        assertSeries(t, List.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05"), 1000, -0.025, 300, 0.5, 7);
    }

    @Test
    void load_acceptsTrailingEmptyLines_andBlanksAroundFields() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month , v\n2020-01 , 1 \n2020-02,2\n\n\n"));
        assertSeries(t, List.of("2020-01", "2020-02"), 1, 2);
    }

    @Test
    void load_skipsBlankLines_keepingLineNumbersRight() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month,v\n2020-01,1\n   \n\t\n2020-02,2\n  \n"));
        assertSeries(t, List.of("2020-01", "2020-02"), 1, 2);
        assertEquals(5, t.line(1));
    }

    @Test
    void load_acceptsNoNewlineAfterTheLastRow() {
        assertSeries(CsvLoader.load(write(dir, "month,v\n2020-01,1")), List.of("2020-01"), 1);
    }

    @Test
    void load_readsDecimalCommas_whenAsked_detectingTheSemicolon() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "month;v\n2020-01;3,25\n2020-02;-1,5e2\n"),
                CsvOptions.defaults().withDecimalComma(true));
        assertSeries(t, List.of("2020-01", "2020-02"), 3.25, -150);
    }

    @Test
    void load_withoutHeader_namesColumnsByPosition() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "1,2\n3,4\n"), CsvOptions.defaults().withHeader(false));
        assertEquals(List.of("1", "2"), t.columns());
        assertEquals(Optional.empty(), t.timeColumn());
        assertEquals(List.of("1", "2"), t.featureNames());
        assertEquals(List.of("2"), t.targetNames());
        assertArrayEquals(new double[] {1, 3}, t.column(0));
        assertEquals(1, t.line(0));
    }

    @Test
    void load_withoutHeader_stillDetectsTheTimeColumn_andSelectsByIndex() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "2020-01,5,6\n2020-02,7,8\n"),
                CsvOptions.defaults().withHeader(false).withTargets(ColumnRef.parse("2")));
        assertEquals(Optional.of("1"), t.timeColumn());
        assertEquals(List.of("2", "3"), t.featureNames());
        assertEquals(List.of("2"), t.targetNames());
    }

    @Test
    void load_takesTheFirstColumnWithoutNumbersAsTime_whereverItIs() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "a,when,b\n1,2020-01,2\n3,2020-02,4\n"));
        assertEquals(Optional.of("when"), t.timeColumn());
        assertEquals(List.of("a", "b"), t.featureNames());
        assertEquals(List.of("b"), t.targetNames());
    }

    @Test
    void load_doesNotMistakeANumericColumnWithOneBadValueForTime() {
        Path file = write(dir, "a,b\n1,2\nx,4\n");
        assertRejected(file, ":3:1", "\"x\" in column \"a\" is not a number");
    }

    @Test
    void load_takesIntegerYearsAsTime_unlessDeclaredAbsent() {
        Path file = write(dir, "year,v\n1821,269\n1822,321\n1823,585\n");
        TimeSeriesTable t = CsvLoader.load(file);
        assertEquals(List.of("v"), t.featureNames());
        assertEquals(Optional.of(List.of("1821", "1822", "1823")), t.timeLabels());
        assertEquals(List.of("year", "v"), CsvLoader.load(file, CsvOptions.defaults().withoutTimeColumn()).featureNames());
    }

    @Test
    void load_withoutTimeColumn_loadsEveryColumnAsNumbers() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "day,v\n1,10\n2,20\n"), CsvOptions.defaults().withoutTimeColumn());
        assertEquals(List.of("day", "v"), t.columns());
        assertEquals(Optional.empty(), t.timeLabels());
    }

    @Test
    void load_keepsTargetsOutsideTheFeatures_andSkipsUnusedColumns() {
        Path file = write(dir, "month,comment,a,b,c\n2020-01,hello,1,2,3\n2020-02,,4,5,6\n");
        TimeSeriesTable t = CsvLoader.load(file, CsvOptions.defaults()
                .withFeatures(ColumnRef.byName("b"), ColumnRef.byName("a"))
                .withTargets(ColumnRef.byIndex(5)));
        assertEquals(List.of("a", "b", "c"), t.columns());
        assertEquals(List.of("b", "a"), t.featureNames());
        assertArrayEquals(new int[] {1, 0}, t.featureColumns());
        assertEquals(List.of("c"), t.targetNames());
        assertArrayEquals(new double[] {3, 6}, t.column(t.columnIndex("c")));
        assertEquals(5, t.field(t.columnIndex("c")));
    }

    @Test
    void load_defaultTargetIsTheLastColumn_skippingATrailingTimeColumn() {
        TimeSeriesTable t = CsvLoader.load(write(dir, "a,b,month\n1,2,2020-01\n"));
        assertEquals(List.of("b"), t.targetNames());
        assertTrue(t.timeColumn().isPresent());
    }
}
