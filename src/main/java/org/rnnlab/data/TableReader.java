package org.rnnlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rnnlab.error.InputException;
import org.rnnlab.text.Plural;

/**
 * Turns parsed CSV rows into a {@link TimeSeriesTable}: reads the numbers of the feature and
 * target columns, the time labels, and repairs or rejects missing values.
 */
final class TableReader {

    private final Path file;
    private final CsvOptions options;
    private final List<String> header;
    private final List<String[]> data;
    private final long[] lines;
    private final ColumnSelection selection;
    /** How the time column's spreadsheet dates were read (true: day first), or null when none were. */
    private Boolean dayFirst;
    /** The same in words, with the file's separator ("day.month.year"), or null. */
    private String dateReading;

    TableReader(Path file, CsvOptions options, List<String> header, List<String[]> data, long[] lines,
            ColumnSelection selection) {
        this.file = file;
        this.options = options;
        this.header = header;
        this.data = data;
        this.lines = lines;
        this.selection = selection;
    }

    TimeSeriesTable read() {
        int[] loaded = loadedFields();
        int rows = data.size();
        char point = options.decimalPoint();
        boolean missing = false;
        double[][] values = new double[loaded.length][rows];
        for (int r = 0; r < rows; r++) {
            String[] row = data.get(r);
            for (int k = 0; k < loaded.length; k++) {
                String cell = row[loaded[k]];
                if (StrictDecimal.isSyntacticNumber(cell, point)) {
                    double v = StrictDecimal.parseChecked(cell, point);
                    if (Double.isInfinite(v)) {
                        throw cellError(r, loaded[k], CsvText.quote(cell) + " in column " + CsvText.quote(header.get(loaded[k]))
                                + " is beyond the range of a double (about ±1.8e308); rescale the column");
                    }
                    values[k][r] = v;
                } else {
                    rejectOrMark(r, loaded[k], cell);
                    values[k][r] = Double.NaN;
                    missing = true;
                }
            }
        }
        List<String> labels = selection.time() < 0 ? null : timeLabels();
        String[] names = new String[loaded.length];
        int[] fields = new int[loaded.length];
        for (int k = 0; k < loaded.length; k++) {
            names[k] = header.get(loaded[k]);
            fields[k] = loaded[k] + 1;
        }
        long[] rowLines = lines;
        String repairs = missing ? repairs(values) : null;
        if (missing) {
            boolean[] keep = MissingValues.repair(options.missingValues(), values, names, fields, lines, file);
            if (keep != null) {
                values = MissingValues.keepRows(values, keep);
                rowLines = MissingValues.keepRows(lines, keep);
                labels = labels == null ? null : MissingValues.keepRows(labels, keep);
            }
        }
        String reason = dayFirst != null ? selection.timeReason() + "; its dates read as " + dateReading
                : labels != null && DayMonthDates.ambiguous(labels) ? selection.timeReason() + "; its labels, such as "
                        + CsvText.quote(labels.get(0)) + ", could be day/month or month/day dates, so they are read as"
                        + " plain labels (--date-order reads them as dates)"
                : selection.timeReason();
        return new TimeSeriesTable(file, selection.time() < 0 ? null : header.get(selection.time()),
                reason, labels, Arrays.asList(names), values, positions(loaded, selection.features()),
                positions(loaded, selection.targets()), rowLines, fields, dayFirst, repairs);
    }

    /** What the policy does to the missing (NaN) cells of {@code values}, before it does it, as a phrase. */
    private String repairs(double[][] values) {
        int cells = 0, rows = 0, first = -1;
        for (int r = 0; r < lines.length; r++) {
            int here = 0;
            for (double[] column : values) {
                here += Double.isNaN(column[r]) ? 1 : 0;
            }
            cells += here;
            rows += here > 0 ? 1 : 0;
            first = first < 0 && here > 0 ? r : first;
        }
        String where = ", the first on line " + lines[first];
        return switch (options.missingValues()) {
            case DROP -> Plural.of(rows, "row") + " with a missing value dropped" + where;
            case FFILL -> Plural.of(cells, "missing value") + " carried forward from the row before" + where;
            case INTERPOLATE -> Plural.of(cells, "missing value") + " interpolated" + where;
            case ERROR -> throw new IllegalStateException("the error policy repairs nothing");
        };
    }

    /** Feature and target fields together, each once, in file order. */
    private int[] loadedFields() {
        return java.util.stream.IntStream.concat(Arrays.stream(selection.features()), Arrays.stream(selection.targets()))
                .distinct().sorted().toArray();
    }

    private static int[] positions(int[] loaded, int[] fields) {
        int[] positions = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            positions[i] = Arrays.binarySearch(loaded, fields[i]);
        }
        return positions;
    }

    private void rejectOrMark(int r, int field, String cell) {
        String column = "column " + CsvText.quote(header.get(field));
        switch (StrictDecimal.classify(cell, options.decimalPoint())) {
            case EMPTY:
                if (emptyThroughout(field)) {
                    throw cellError(r, field, column + " is empty on every row, so no missing-value policy can fill it;"
                            + " leave it out of the features and targets (name the others with --features), or give it"
                            + " values");
                }
                if (options.missingValues() == MissingValuePolicy.ERROR) {
                    throw repairable(r, field, "empty value in " + column, MISSING_ADVICE,
                            CellException.Remedy.MISSING_VALUE_POLICY);
                }
                return;
            case MISSING_MARKER:
                if (options.missingValues() == MissingValuePolicy.ERROR) {
                    throw repairable(r, field, CsvText.quote(cell) + " in " + column + " marks a missing value, not a"
                            + " number", MISSING_ADVICE, CellException.Remedy.MISSING_VALUE_POLICY);
                }
                return;
            case INFINITE:
                throw cellError(r, field, CsvText.quote(cell) + " in " + column + " is infinite; a series must hold finite"
                        + " numbers: replace the value or remove the row");
            default:
                if (!options.decimalComma() && cell.indexOf(',') >= 0 && StrictDecimal.isSyntacticNumber(cell, ',')) {
                    throw repairable(r, field, CsvText.quote(cell) + " in " + column + " is not a number (it looks like a"
                            + " decimal comma)", "load the file with decimal commas (--decimal-comma), or fix the value",
                            CellException.Remedy.DECIMAL_COMMA);
                }
                throw cellError(r, field, CsvText.quote(cell) + " in " + column + " is not a number" + hint(cell)
                        + "; fix the value, or if the column holds labels, make it the time column or leave it out"
                        + " of the features and targets");
        }
    }

    /** Whether every row's cell in {@code field} is empty, decided once per field. */
    private boolean emptyThroughout(int field) {
        if (emptyFields == null) {
            emptyFields = new Boolean[header.size()];
        }
        if (emptyFields[field] == null) {
            emptyFields[field] = data.stream().allMatch(row -> row[field].isEmpty());
        }
        return emptyFields[field];
    }

    /** {@link #emptyThroughout} per field, as far as asked. */
    private Boolean[] emptyFields;

    private String hint(String cell) {
        if (options.decimalComma() && cell.indexOf('.') >= 0 && StrictDecimal.isSyntacticNumber(cell, '.')) {
            return " (decimal commas were asked for, so '.' is not a decimal point)";
        }
        char point = options.decimalPoint(), thousands = point == '.' ? ',' : '.';
        String bare = cell.replaceAll("^[$€£¥]\\s*|\\s*[%$€£¥]$", "");
        String sign = bare.equals(cell) ? "" : cell.endsWith("%") ? "a percent sign" : "a currency sign";
        String digits = bare.replace(String.valueOf(thousands), "");
        boolean grouped = bare.indexOf(thousands) > 0 && StrictDecimal.isSyntacticNumber(digits, point)
                && bare.matches("[+-]?\\d{1,3}(\\" + thousands + "\\d{3})+(\\" + point + "\\d*)?");
        if (grouped || !sign.isEmpty() && StrictDecimal.isSyntacticNumber(bare, point)) {
            String what = grouped && !sign.isEmpty() ? sign + " and a thousands separator"
                    : grouped ? "a thousands separator" : sign;
            return " (it carries " + what + ": give the number alone, " + digits + ", as a spreadsheet's plain number"
                    + " format exports it)";
        }
        return " (numbers look like 12, -3" + options.decimalPoint() + "5 or 1" + options.decimalPoint() + "2e-3)";
    }

    private List<String> timeLabels() {
        int time = selection.time();
        List<String> labels = new ArrayList<>(data.size());
        for (int r = 0; r < data.size(); r++) {
            String label = data.get(r)[time];
            if (label.isEmpty()) {
                throw cellError(r, time, "empty time label in column " + CsvText.quote(header.get(time)) + "; give every row a"
                        + " time label, or name another time column, or declare that there is none");
            }
            labels.add(label);
        }
        DayMonthDates.Contradiction contradiction = DayMonthDates.contradiction(labels, CsvText.quote(header.get(time)),
                lines, options.dayFirst());
        if (contradiction != null) {
            throw contradiction.advice() == null ? cellError(contradiction.index(), time, contradiction.message())
                    : repairable(contradiction.index(), time, contradiction.message(), contradiction.advice(),
                            CellException.Remedy.DATE_ORDER);
        }
        dayFirst = DayMonthDates.dayFirst(labels, options.dayFirst());
        dateReading = dayFirst == null ? null : DayMonthDates.reading(dayFirst, labels.get(0));
        List<String> iso = dayFirst == null ? labels : DayMonthDates.toIso(labels, dayFirst);
        for (int r = 0; r < iso.size() && dayFirst != null; r++) {
            if (!DayMonthDates.isRealDate(iso.get(r))) {
                throw cellError(r, time, "time label " + CsvText.quote(labels.get(r)) + " in column "
                        + CsvText.quote(header.get(time)) + " is not a real date (the column's dates read as "
                        + dateReading + "); correct it");
            }
        }
        checkTimeOrder(iso, time);
        return iso;
    }

    /**
     * Rejects dates, months and quarters ({@link TimeLabels}) that do not increase strictly, and
     * date-times that run newest first or step back by more than an hour: such rows would otherwise
     * be trained on as they stand, with no time axis and so no season. Date-times may repeat or step
     * back by up to an hour (local clock time repeats an hour when summer time ends), and integers
     * (a column named as the time column may hold any numbers, taken as they are) and labels of no
     * recognised format are not checked. A column whose first label has a recognised format must
     * hold that format throughout: a label that does not fit (a month 13, 2019-02-29, another style)
     * would otherwise leave the whole file without a time axis, silently.
     */
    private void checkTimeOrder(List<String> labels, int time) {
        TimeLabels parsed = TimeLabels.parse(labels);
        String column = " in column " + CsvText.quote(header.get(time));
        int misfit = TimeLabels.firstMisfit(labels);
        if (misfit == 0) {
            throw cellError(0, time, "time label " + CsvText.quote(labels.get(0)) + column + " is not a real date,"
                    + " month or quarter; correct it");
        }
        if (misfit > 0) {
            throw cellError(misfit, time, "time label " + CsvText.quote(labels.get(misfit)) + column + " is not a valid"
                    + " label in the format of " + CsvText.quote(labels.get(0)) + " on line " + lines[0] + "; give every"
                    + " time label in one format, and real dates");
        }
        if (parsed == null || parsed.format() == TimeLabels.Format.INTEGER) {
            return;
        }
        long[] t = parsed.ordinals();
        if (t.length > 1 && t[t.length - 1] < t[0] && backSteps(t) > (t.length - 1) / 2) {
            int r = 1;
            while (t[r] >= t[r - 1]) {
                r++;
            }
            throw cellError(r, time, "the time labels" + column + " run backwards (" + CsvText.quote(labels.get(r - 1))
                    + " on line " + lines[r - 1] + ", " + CsvText.quote(labels.get(r)) + " on this line): the rows must"
                    + " be oldest first; reverse the order of the " + (options.header() ? "rows below the header" : "rows"));
        }
        boolean localClock = parsed.format().isDateTime() && !parsed.instants(); // zoned labels are instants: strict
        for (int r = 1; r < t.length && localClock; r++) {
            if (t[r] < t[r - 1] - TimeAxis.CLOCK_CHANGE) {
                throw cellError(r, time, "time label " + CsvText.quote(labels.get(r)) + column + " comes more than an"
                        + " hour before " + CsvText.quote(labels.get(r - 1)) + " on line " + lines[r - 1] + "; the rows"
                        + " must be in time order, oldest first: sort the file by time");
            }
        }
        for (int r = 1; r < t.length && !localClock; r++) {
            if (t[r] <= t[r - 1]) {
                String what = t[r] == t[r - 1]
                        ? " repeats the label on line " + lines[r - 1] + "; give one row per time: remove or merge the repeated row"
                        : " comes before " + CsvText.quote(labels.get(r - 1)) + " on line " + lines[r - 1]
                                + "; the rows must be in time order, oldest first: sort the file by time";
                throw cellError(r, time, "time label " + CsvText.quote(labels.get(r)) + column + what);
            }
        }
    }

    private static final String MISSING_ADVICE = "fill it in or remove the row, or choose a missing-value policy to"
            + " repair missing values (--missing drop, ffill or interpolate)";

    private CellException repairable(int r, int field, String problem, String advice, CellException.Remedy remedy) {
        return new CellException(file + ":" + lines[r] + ":" + (field + 1), problem, advice, remedy);
    }

    private InputException cellError(int r, int field, String detail) {
        return InputException.at(file, lines[r], field + 1, detail);
    }

    /** How many consecutive labels step back in time. */
    private static int backSteps(long[] t) {
        int back = 0;
        for (int r = 1; r < t.length; r++) {
            back += t[r] < t[r - 1] ? 1 : 0;
        }
        return back;
    }
}
