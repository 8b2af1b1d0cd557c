package org.rnnlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.rnnlab.error.InputException;

/**
 * An immutable table of numeric time series: rows in time order, one {@code double} column per
 * loaded series, optional time labels, and which columns are the model's features and targets.
 *
 * <p>Columns are those named as features or targets, in file order; columns of the file that are
 * neither (nor the time column) are not loaded. A column may be both a feature and a target
 * (a univariate series is). Rows are numbered from 0; {@link #line} maps a row back to its line
 * in the file, so later stages (transforms, windows) can report problems where the user can see them.
 */
public final class TimeSeriesTable {

    private final Path source;
    private final String timeColumn;
    private final String timeColumnReason;
    private final List<String> timeLabels;
    private final List<String> columns;
    private final double[][] values;
    private final int[] features;
    private final int[] targets;
    private final long[] lines;
    private final int[] fields;
    /** How the time column's spreadsheet dates were read (true: day first), or null when none were. */
    private final Boolean dayFirst;
    /** What the missing-value policy did, as a phrase, or null when no cell was missing. */
    private final String repairs;
    /** The detected time axis, computed on first use (a benign race: every thread computes the same). */
    private Optional<TimeAxis> timeAxis;

    TimeSeriesTable(Path source, String timeColumn, String timeColumnReason, List<String> timeLabels,
            List<String> columns, double[][] values, int[] features, int[] targets, long[] lines, int[] fields) {
        this(source, timeColumn, timeColumnReason, timeLabels, columns, values, features, targets, lines, fields, null);
    }

    TimeSeriesTable(Path source, String timeColumn, String timeColumnReason, List<String> timeLabels,
            List<String> columns, double[][] values, int[] features, int[] targets, long[] lines, int[] fields,
            Boolean dayFirst) {
        this(source, timeColumn, timeColumnReason, timeLabels, columns, values, features, targets, lines, fields,
                dayFirst, null);
    }

    TimeSeriesTable(Path source, String timeColumn, String timeColumnReason, List<String> timeLabels,
            List<String> columns, double[][] values, int[] features, int[] targets, long[] lines, int[] fields,
            Boolean dayFirst, String repairs) {
        if (columns.isEmpty() || values.length != columns.size()) {
            throw new IllegalArgumentException("need one value array per column, got " + values.length
                    + " arrays for columns " + columns);
        }
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("column names must be unique, got " + columns);
        }
        int rows = values[0].length;
        for (int c = 0; c < values.length; c++) {
            if (values[c].length != rows) {
                throw new IllegalArgumentException("column " + columns.get(c) + " has " + values[c].length
                        + " rows, expected " + rows);
            }
        }
        if (rows < 1) {
            throw new IllegalArgumentException("a table needs at least one row");
        }
        if (timeLabels != null && timeLabels.size() != rows) {
            throw new IllegalArgumentException("got " + timeLabels.size() + " time labels for " + rows + " rows");
        }
        checkIndices("features", features, columns.size());
        checkIndices("targets", targets, columns.size());
        if (lines != null && lines.length != rows || fields != null && fields.length != columns.size()) {
            throw new IllegalArgumentException("line and field bookkeeping does not match the table's shape");
        }
        this.source = source;
        this.timeColumn = timeColumn;
        this.timeColumnReason = timeColumnReason;
        this.dayFirst = dayFirst;
        this.repairs = repairs;
        this.timeLabels = timeLabels == null ? null : List.copyOf(timeLabels);
        this.columns = List.copyOf(columns);
        this.values = values;
        this.features = features;
        this.targets = targets;
        this.lines = lines;
        this.fields = fields;
    }

    /**
     * A table made in memory (no file, no time labels). The arrays are copied.
     *
     * @param columns  column names, unique
     * @param values   one array per column, all of the same length (at least 1)
     * @param features names of the feature columns (at least one)
     * @param targets  names of the target columns (at least one)
     */
    public static TimeSeriesTable of(List<String> columns, double[][] values, List<String> features,
            List<String> targets) {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = values[c].clone();
            for (int r = 0; r < copy[c].length; r++) {
                if (!Double.isFinite(copy[c][r])) {
                    throw new IllegalArgumentException("value at row " + r + " of column " + columns.get(c)
                            + " must be finite, got " + copy[c][r]);
                }
            }
        }
        return new TimeSeriesTable(null, null, null, null, columns, copy, indicesOf(columns, features),
                indicesOf(columns, targets), null, null);
    }

    /** The file the table was read from, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public int rows() {
        return values[0].length;
    }

    /** Names of the loaded numeric columns, in file order. */
    public List<String> columns() {
        return columns;
    }

    /** Position of a column in {@link #columns()}, or -1. */
    public int columnIndex(String name) {
        return columns.indexOf(name);
    }

    /** One value; {@code column} indexes {@link #columns()}. */
    public double value(int row, int column) {
        return values[column][row];
    }

    /** A copy of one column. */
    public double[] column(int column) {
        return values[column].clone();
    }

    /** Positions in {@link #columns()} of the feature columns, in the order asked for (default: file order). */
    public int[] featureColumns() {
        return features.clone();
    }

    /** Positions in {@link #columns()} of the target columns, in the order asked for. */
    public int[] targetColumns() {
        return targets.clone();
    }

    public List<String> featureNames() {
        return namesOf(features);
    }

    public List<String> targetNames() {
        return namesOf(targets);
    }

    /**
     * The feature columns that are no target, in feature order: a model reading them cannot feed its
     * predictions back as its next inputs, so it forecasts one row ahead only.
     */
    public List<String> unpredictedFeatures() {
        List<String> targetNames = targetNames();
        return namesOf(features).stream().filter(name -> !targetNames.contains(name)).toList();
    }

    /**
     * The first {@code rows} rows, as if the file ended there (what was known at that row): same
     * columns, roles, lines and labels. Used to forecast from an earlier origin.
     */
    public TimeSeriesTable head(int rows) {
        if (rows < 1 || rows > rows()) {
            throw new IllegalArgumentException("head needs 1 to " + rows() + " rows, got " + rows);
        }
        double[][] cut = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            cut[c] = java.util.Arrays.copyOf(values[c], rows);
        }
        return new TimeSeriesTable(source, timeColumn, timeColumnReason,
                timeLabels == null ? null : timeLabels.subList(0, rows), columns, cut, features, targets,
                lines == null ? null : java.util.Arrays.copyOf(lines, rows), fields, dayFirst, repairs);
    }

    /**
     * What the missing-value policy did to this file's cells ("3 missing values interpolated, the
     * first on line 52"; "2 rows with a missing value dropped, …"), or empty when none was missing.
     */
    public Optional<String> repairs() {
        return Optional.ofNullable(repairs);
    }

    /** How the time column's spreadsheet dates were read: true for day first, false for month first; empty when none were. */
    public Optional<Boolean> dayFirst() {
        return Optional.ofNullable(dayFirst);
    }

    /** The name of the time column, if the table has one. */
    public Optional<String> timeColumn() {
        return Optional.ofNullable(timeColumn);
    }

    /**
     * Why the table has the time column it has, or none, for people: "the first column without
     * numbers", "integers 1821…1934 step 1, named like a time axis", "named explicitly",
     * "declared absent", ... (the rule is {@link CsvOptions#timeColumn()}'s). Empty for a table
     * made in memory.
     */
    public Optional<String> timeColumnReason() {
        return Optional.ofNullable(timeColumnReason);
    }

    /** The time labels exactly as in the file, one per row, if the table has a time column. */
    public Optional<List<String>> timeLabels() {
        return Optional.ofNullable(timeLabels);
    }

    /**
     * The season the time axis suggests ({@link TimeAxis#seasonLength}: 12 for months, 24 for hours,
     * …), or 0: none, or one longer than the series allows a use of — fewer than {@code season + 2}
     * rows hold no two seasonal differences, so a seasonal baseline, difference or MASE scale could
     * not be measured (minute data of a few hundred rows against a day of 1,440).
     */
    public int defaultSeason() {
        int season = axisSeason();
        return rows() >= season + 2 ? season : 0;
    }

    /** The season the time axis suggests even where the series is too short for it ({@link #defaultSeason}), or 0. */
    public int axisSeason() {
        return timeAxis().map(a -> a.seasonLength().orElse(0)).orElse(0);
    }

    /** The regular time axis of the labels, where one is obvious (see {@link TimeAxis#detect}). */
    public Optional<TimeAxis> timeAxis() {
        Optional<TimeAxis> axis = timeAxis;
        if (axis == null) {
            axis = timeLabels == null ? Optional.empty() : TimeAxis.detect(timeColumn, timeLabels);
            timeAxis = axis;
        }
        return axis;
    }

    /** The 1-based line of the file a row came from (for a table made in memory: row + 1). */
    public long line(int row) {
        return lines == null ? row + 1L : lines[row];
    }

    /** The 1-based field position in the file of a column (for a table made in memory: column + 1). */
    public int field(int column) {
        return fields == null ? column + 1 : fields[column];
    }

    /** An input error at a cell: located in the file if there is one, otherwise by row and column. */
    InputException errorAt(int row, int column, String detail) {
        if (source == null) {
            return InputException.of("row " + (row + 1) + ", column \"" + columns.get(column) + "\": " + detail);
        }
        return InputException.at(source, line(row), field(column), detail);
    }

    /** The column arrays themselves, for this package's readers that promise not to write. */
    double[] columnView(int column) {
        return values[column];
    }

    private List<String> namesOf(int[] indices) {
        List<String> names = new ArrayList<>(indices.length);
        for (int i : indices) {
            names.add(columns.get(i));
        }
        return List.copyOf(names);
    }

    private static int[] indicesOf(List<String> columns, List<String> names) {
        int[] indices = new int[names.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = columns.indexOf(names.get(i));
            if (indices[i] < 0) {
                throw new IllegalArgumentException("no column named " + names.get(i) + " among " + columns);
            }
        }
        return indices;
    }

    private static void checkIndices(String what, int[] indices, int columnCount) {
        if (indices.length == 0) {
            throw new IllegalArgumentException(what + " must name at least one column");
        }
        for (int i : indices) {
            if (i < 0 || i >= columnCount) {
                throw new IllegalArgumentException(what + " index " + i + " is outside [0, " + columnCount + ")");
            }
        }
        if (Arrays.stream(indices).distinct().count() != indices.length) {
            throw new IllegalArgumentException(what + " name a column twice: " + Arrays.toString(indices));
        }
    }

    @Override
    public String toString() {
        return "TimeSeriesTable[" + (source == null ? "in memory" : source) + ", " + rows() + " rows, columns "
                + columns + (timeColumn == null ? "" : ", time " + timeColumn) + "]";
    }
}
