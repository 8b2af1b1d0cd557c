package org.rnnlab.data;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which column of a file is its time column when none is named, and why.
 *
 * <p>The rule, in order:
 * <ol>
 * <li>The first column none of whose cells is a number (ignoring empty cells and NaN/NA/Inf
 * markers), provided at least one cell holds text: a column of {@code 1949-01} or
 * {@code 2000-06-05T00:30} labels.</li>
 * <li>Otherwise the first integer column that is strictly increasing with a constant step and is
 * either named like a time axis ({@link #TIME_NAMES}, any case) or the first column of the
 * file: {@code year} 1821, 1822, ... or a first column 1, 2, 3, ...</li>
 * </ol>
 * An integer column here is one whose every cell is an optional minus sign and 1 to 18 digits,
 * as {@link TimeAxis} reads integer labels; {@code 1821.0} or {@code 1.821e3} is a measurement,
 * not a label. Integer columns need at least {@link #MIN_INTEGER_ROWS} rows (with two, any
 * increasing pair has a constant step), a column named as a feature or target is never taken,
 * and a file's only column is never taken (there would be nothing left to load). Any other
 * integer column, such as a count that happens to rise by one, stays a feature.
 */
final class TimeColumnDetection {

    /** Column names that say "time axis", compared in lower case. */
    static final Set<String> TIME_NAMES = Set.of("year", "yr", "day", "t", "time", "index", "period", "date",
            "quarter", "month");

    /** The fewest rows in which a constant integer step means something. */
    static final int MIN_INTEGER_ROWS = 3;

    /**
     * The chosen time field (0-based, or -1) and the reason, as a phrase that follows
     * {@code time column "NAME" (} or {@code no time column (}.
     */
    record Choice(int field, String reason) {
    }

    private TimeColumnDetection() {
    }

    /**
     * Detects the time column.
     *
     * @param claimed fields named as features or targets, which are never taken as time
     */
    static Choice detect(List<String> header, List<String[]> rows, char point, Set<Integer> claimed) {
        int text = firstTextColumn(rows, header.size(), point);
        if (text >= 0) {
            return new Choice(text, "the first column without numbers");
        }
        for (int f = 0; f < header.size() && header.size() > 1; f++) {
            boolean named = TIME_NAMES.contains(header.get(f).toLowerCase(Locale.ROOT));
            if (claimed.contains(f) || !named && f > 0) {
                continue;
            }
            long[] values = integers(rows, f);
            if (values != null && constantStep(values)) {
                return new Choice(f, "integers " + values[0] + "…" + values[values.length - 1] + " step "
                        + (values[1] - values[0]) + ", " + (named ? "named like a time axis" : "the first column"));
            }
        }
        return new Choice(-1, "no column of labels, and no integer column that steps like a time axis");
    }

    /**
     * The first field none of whose cells is a number (ignoring empty cells and NaN/NA/Inf
     * markers), provided at least one of its cells holds text; -1 if there is none.
     */
    static int firstTextColumn(List<String[]> rows, int width, char point) {
        for (int f = 0; f < width; f++) {
            boolean anyNumber = false;
            boolean anyText = false;
            for (String[] row : rows) {
                if (f >= row.length) {
                    continue;
                }
                StrictDecimal.Kind kind = StrictDecimal.classify(row[f], point);
                if (kind == StrictDecimal.Kind.NUMBER || kind == StrictDecimal.Kind.OUT_OF_RANGE) {
                    anyNumber = true;
                    break;
                }
                anyText |= kind == StrictDecimal.Kind.TEXT;
            }
            if (!anyNumber && anyText) {
                return f;
            }
        }
        return -1;
    }

    /** The cells of field {@code f} as integers, or null if there are too few rows or a cell is no integer. */
    static long[] integers(List<String[]> rows, int f) {
        if (rows.size() < MIN_INTEGER_ROWS) {
            return null;
        }
        long[] values = new long[rows.size()];
        for (int r = 0; r < values.length; r++) {
            String cell = f < rows.get(r).length ? rows.get(r)[f] : "";
            if (!isInteger(cell)) {
                return null;
            }
            values[r] = Long.parseLong(cell);
        }
        return values;
    }

    /** True if the values rise by the same positive step from each to the next. */
    static boolean constantStep(long[] values) {
        long step = values[1] - values[0];
        if (step <= 0) {
            return false;
        }
        for (int i = 2; i < values.length; i++) {
            if (values[i] - values[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
