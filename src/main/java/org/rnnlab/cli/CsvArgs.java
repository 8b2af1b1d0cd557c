package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.Delimiter;
import org.rnnlab.data.MissingValuePolicy;
import org.rnnlab.data.TimeSeriesTable;

import picocli.CommandLine.Option;

/** The options that say how to read a CSV time series; {@link #toOptions()} turns them into {@link CsvOptions}. */
final class CsvArgs {

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "The CSV file: a header row, then one row per time step (required).")
    Path data;

    @Option(names = "--target", split = ",", paramLabel = "COL", converter = Options.ColumnConverter.class,
            description = "Column(s) to predict, by name or 1-based index (default: the last column).")
    List<ColumnRef> targets = new ArrayList<>();

    @Option(names = "--features", split = ",", paramLabel = "COL", converter = Options.ColumnConverter.class,
            description = "Input columns, comma-separated (default: every column but the time column).")
    List<ColumnRef> features = new ArrayList<>();

    @Option(names = "--time", paramLabel = "COL|none",
            description = "The column of time labels, or none to keep every column as a feature (default: the"
                    + " first column that holds no numbers, such as 1949-01; else an integer column that rises by a"
                    + " constant step and is named like a time axis (year, yr, day, t, time, index, period, date,"
                    + " quarter, month) or is the first column). Labels read as times: months 1949-01, quarters"
                    + " 1990-Q1/1990 Q1/1990Q1, dates 2020-12-31 (and 12/31/2020, 31/12/2020, 31.12.2020, also with a time"
                    + " of day such as 1/13/2022 7:00, when the column shows which number is the day, or --date-order"
                    + " says), date-times 2020-12-31T23:30[:00] or with a space, also"
                    + " ending in Z or +01:00.")
    String time;

    @Option(names = "--no-header", description = "The file has no header row; columns are named 1, 2, ...")
    boolean noHeader;

    @Option(names = "--delimiter", paramLabel = "SEP", converter = Options.DelimiterConverter.class,
            defaultValue = "auto", description = "auto, comma, semicolon or tab (default: ${DEFAULT-VALUE}, from the"
                    + " first line).")
    Delimiter delimiter = Delimiter.AUTO;

    @Option(names = "--decimal-comma", description = "Numbers use a decimal comma (3,14); fields are then"
            + " separated by semicolons or tabs.")
    boolean decimalComma;

    @Option(names = "--date-order", paramLabel = "ORDER",
            description = "How time labels such as 03/04/2020 read: day-month (3 April 2020) or month-day (March 4);"
                    + " a label that contradicts it is refused at its line (default: as the column shows, by a number"
                    + " above 12 in the one place or the other; labels whose numbers are all 12 or less stay plain"
                    + " labels; dotted dates such as 03.04.2020 read day-month).")
    String dateOrder;

    @Option(names = "--missing", paramLabel = "POLICY",
            defaultValue = "error", description = "The missing-value policy for empty cells and NaN/NA: error, drop"
                    + " (the row), ffill (carry the last value forward) or interpolate (default: ${DEFAULT-VALUE}).")
    MissingValuePolicy missing = MissingValuePolicy.ERROR;

    /** The loader options these arguments describe. */
    CsvOptions toOptions() {
        CsvOptions o = new CsvOptions(!noHeader, delimiter, false, null, false, List.of(), List.of(), missing, null);
        if (decimalComma) {
            if (delimiter == Delimiter.COMMA) {
                throw new IllegalArgumentException("--decimal-comma cannot go with --delimiter comma: the comma cannot"
                        + " both separate fields and mark decimals; use --delimiter semicolon or tab");
            }
            o = o.withDecimalComma(true);
        }
        if (time != null) {
            try {
                o = time.trim().equalsIgnoreCase("none") ? o.withoutTimeColumn()
                        : o.withTimeColumn(ColumnRef.parse(time.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--time: " + e.getMessage());
            }
        }
        if (dateOrder != null) {
            o = o.withDayFirst(switch (dateOrder.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "day-month" -> true;
                case "month-day" -> false;
                default -> throw new IllegalArgumentException("--date-order: expected day-month or month-day, got '"
                        + dateOrder + "'");
            });
        }
        return o.withFeatures(features.toArray(ColumnRef[]::new)).withTargets(targets.toArray(ColumnRef[]::new));
    }
}
