package org.rnnlab.data;

import java.util.Arrays;
import java.util.List;

/**
 * How {@link CsvLoader} reads a file. {@link #defaults()} fits the shipped datasets.
 *
 * @param header        true if the first row holds column names; otherwise columns are named by
 *                      their 1-based position: "1", "2", ...
 * @param delimiter     the field separator, or {@link Delimiter#AUTO} to detect it from the first line
 * @param decimalComma  true to read {@code 3,14} as 3.14 (then the delimiter cannot be a comma,
 *                      and {@code 3.14} is no longer a number)
 * @param timeColumn    the column of time labels; null to detect it: the first column that holds no
 *                      number at all (a column of {@code 1949-01} labels), else an integer column
 *                      that rises by a constant step and is named like a time axis ({@code year},
 *                      {@code day}, {@code t}, ...) or is the first column (the full rule is in
 *                      {@code TimeColumnDetection})
 * @param noTimeColumn  true if the file has no time column (every column may then be numeric)
 * @param features      the model's input columns; empty for every column but the time column
 * @param targets       the columns to predict; empty for the last column that is not the time column
 * @param missingValues what to do with empty cells and NaN/NA/N/A markers
 * @param dayFirst      how spreadsheet dates in the time column read ({@link DayMonthDates}): true
 *                      for day first, false for month first, null to tell from the labels (a model
 *                      records its training file's reading, so a new file is read the same way)
 */
public record CsvOptions(boolean header, Delimiter delimiter, boolean decimalComma, ColumnRef timeColumn,
        boolean noTimeColumn, List<ColumnRef> features, List<ColumnRef> targets, MissingValuePolicy missingValues,
        Boolean dayFirst) {

    public CsvOptions {
        if (delimiter == null) {
            throw new IllegalArgumentException("delimiter must not be null (use AUTO to detect it)");
        }
        if (missingValues == null) {
            throw new IllegalArgumentException("missingValues must not be null (the default is ERROR)");
        }
        if (decimalComma && delimiter == Delimiter.COMMA) {
            throw new IllegalArgumentException("decimalComma needs a delimiter other than COMMA, got COMMA;"
                    + " use SEMICOLON, TAB or AUTO");
        }
        if (timeColumn != null && noTimeColumn) {
            throw new IllegalArgumentException("timeColumn " + timeColumn + " was given together with noTimeColumn");
        }
        features = copyOf("features", features);
        targets = copyOf("targets", targets);
    }

    /** A header row, delimiter detected, decimal point, time column detected, default columns, ERROR. */
    public static CsvOptions defaults() {
        return new CsvOptions(true, Delimiter.AUTO, false, null, false, List.of(), List.of(),
                MissingValuePolicy.ERROR, null);
    }

    public CsvOptions withHeader(boolean header) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, features, targets,
                missingValues, dayFirst);
    }

    public CsvOptions withDelimiter(Delimiter delimiter) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, features, targets,
                missingValues, dayFirst);
    }

    public CsvOptions withDecimalComma(boolean decimalComma) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, features, targets,
                missingValues, dayFirst);
    }

    /** Names the time column explicitly (needed for numeric labels that detection does not take). */
    public CsvOptions withTimeColumn(ColumnRef timeColumn) {
        if (timeColumn == null) {
            throw new IllegalArgumentException("timeColumn must not be null (use withoutTimeColumn)");
        }
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, false, features, targets, missingValues,
                dayFirst);
    }

    /** Declares that the file has no time column. */
    public CsvOptions withoutTimeColumn() {
        return new CsvOptions(header, delimiter, decimalComma, null, true, features, targets, missingValues,
                dayFirst);
    }

    public CsvOptions withFeatures(ColumnRef... features) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, Arrays.asList(features),
                targets, missingValues, dayFirst);
    }

    public CsvOptions withTargets(ColumnRef... targets) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, features,
                Arrays.asList(targets), missingValues, dayFirst);
    }

    public CsvOptions withMissingValues(MissingValuePolicy missingValues) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, features, targets,
                missingValues, dayFirst);
    }

    /** Reads spreadsheet dates day first (true), month first (false), or as the labels tell (null). */
    public CsvOptions withDayFirst(Boolean dayFirst) {
        return new CsvOptions(header, delimiter, decimalComma, timeColumn, noTimeColumn, features, targets,
                missingValues, dayFirst);
    }

    /** The decimal point character. */
    char decimalPoint() {
        return decimalComma ? ',' : '.';
    }

    private static List<ColumnRef> copyOf(String what, List<ColumnRef> refs) {
        if (refs == null) {
            throw new IllegalArgumentException(what + " must not be null (use an empty list for the default)");
        }
        for (ColumnRef ref : refs) {
            if (ref == null) {
                throw new IllegalArgumentException(what + " must not contain null, got " + refs);
            }
        }
        return List.copyOf(refs);
    }
}
