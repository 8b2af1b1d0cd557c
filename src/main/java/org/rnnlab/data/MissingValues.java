package org.rnnlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.error.InputException;

/**
 * Repairs missing values, marked as {@code NaN} in column arrays, by a {@link MissingValuePolicy}.
 *
 * <p>{@code INTERPOLATE} fills a gap between rows {@code a} and {@code b} (the nearest rows with
 * values) linearly in the row number: {@code x[r] = x[a] + (x[b] - x[a]) * (r - a) / (b - a)}. A
 * leading or trailing gap takes the nearest value. {@code FFILL} sets {@code x[r] = x[r-1]} and
 * rejects a leading gap. {@code DROP} removes the rows.
 */
final class MissingValues {

    private MissingValues() {
    }

    /**
     * Repairs {@code values} in place; returns the rows to keep for {@code DROP}, else null.
     *
     * @param names  column names, for messages
     * @param fields 1-based field numbers of the columns, for locations
     * @param lines  file line of each row, for locations
     */
    static boolean[] repair(MissingValuePolicy policy, double[][] values, String[] names, int[] fields, long[] lines,
            Path file) {
        switch (policy) {
            case DROP:
                return dropMask(values, file);
            case FFILL:
                for (int c = 0; c < values.length; c++) {
                    double[] x = values[c];
                    if (Double.isNaN(x[0])) {
                        throw InputException.at(file, lines[0], fields[c], "column " + CsvText.quote(names[c]) + " starts with a"
                                + " missing value, so ffill has nothing to carry forward; fill in the first value, or"
                                + " use interpolate (which takes the nearest value) or drop");
                    }
                    for (int r = 1; r < x.length; r++) {
                        if (Double.isNaN(x[r])) {
                            x[r] = x[r - 1];
                        }
                    }
                }
                return null;
            case INTERPOLATE:
                for (int c = 0; c < values.length; c++) {
                    if (!interpolate(values[c])) {
                        throw InputException.at(file, lines[0], fields[c], "column " + CsvText.quote(names[c]) + " has no values"
                                + " at all, so there is nothing to interpolate from; fill it in or leave the column out");
                    }
                }
                return null;
            default:
                throw new IllegalStateException("missing values reached repair with policy " + policy);
        }
    }

    /** Interpolates NaN gaps in place; false if the column holds no value at all. */
    static boolean interpolate(double[] x) {
        int previous = -1;
        for (int r = 0; r <= x.length; r++) {
            if (r < x.length && Double.isNaN(x[r])) {
                continue;
            }
            if (r - previous > 1) {
                if (previous < 0 && r == x.length) {
                    return false;
                }
                for (int g = previous + 1; g < r; g++) {
                    if (previous < 0) {
                        x[g] = x[r];
                    } else if (r == x.length) {
                        x[g] = x[previous];
                    } else {
                        x[g] = x[previous] + (x[r] - x[previous]) * (g - previous) / (r - previous);
                    }
                }
            }
            previous = r;
        }
        return true;
    }

    private static boolean[] dropMask(double[][] values, Path file) {
        int rows = values[0].length;
        boolean[] keep = new boolean[rows];
        int kept = 0;
        for (int r = 0; r < rows; r++) {
            keep[r] = true;
            for (double[] column : values) {
                keep[r] &= !Double.isNaN(column[r]);
            }
            kept += keep[r] ? 1 : 0;
        }
        if (kept == 0) {
            throw InputException.inFile(file, "every row misses a value in a loaded column, so dropping them leaves"
                    + " no data; fill in values, or choose other columns");
        }
        return keep;
    }

    static double[][] keepRows(double[][] values, boolean[] keep) {
        double[][] kept = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            kept[c] = new double[count(keep)];
            for (int r = 0, k = 0; r < keep.length; r++) {
                if (keep[r]) {
                    kept[c][k++] = values[c][r];
                }
            }
        }
        return kept;
    }

    static long[] keepRows(long[] lines, boolean[] keep) {
        long[] kept = new long[count(keep)];
        for (int r = 0, k = 0; r < keep.length; r++) {
            if (keep[r]) {
                kept[k++] = lines[r];
            }
        }
        return kept;
    }

    static List<String> keepRows(List<String> labels, boolean[] keep) {
        List<String> kept = new ArrayList<>(count(keep));
        for (int r = 0; r < keep.length; r++) {
            if (keep[r]) {
                kept.add(labels.get(r));
            }
        }
        return kept;
    }

    private static int count(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
    }
}
