package org.rnnlab.data;

/**
 * Where a series of {@code rows} rows is split: training rows {@code [0, trainEnd)}, validation
 * rows {@code [trainEnd, validationEnd)}, test rows {@code [validationEnd, rows)}. A window's
 * target rows lie inside one part; training windows lie wholly inside the training part, while
 * validation and test windows may start in the rows before their part ({@link #firstWindowStart}):
 * their inputs are the past, as in the one-step scoring of classical models, and every row of
 * those parts is a target.
 *
 * @param rows          rows in the series
 * @param trainEnd      first row after the training part
 * @param validationEnd first row after the validation part
 */
public record SplitRows(int rows, int trainEnd, int validationEnd) {

    public SplitRows {
        if (rows < 1 || trainEnd < 0 || trainEnd > validationEnd || validationEnd > rows) {
            throw new IllegalArgumentException("split boundaries must satisfy 0 <= trainEnd <= validationEnd <= rows"
                    + " and rows >= 1, got trainEnd " + trainEnd + ", validationEnd " + validationEnd + ", rows " + rows);
        }
    }

    /** First row of a part. */
    public int start(Part part) {
        return part == Part.TRAIN ? 0 : part == Part.VALIDATION ? trainEnd : validationEnd;
    }

    /** First row after a part. */
    public int end(Part part) {
        return part == Part.TRAIN ? trainEnd : part == Part.VALIDATION ? validationEnd : rows;
    }

    /**
     * The first row a window of {@code part} may start at: the training part's first row with a
     * value ({@code firstRow}), and for the validation and test parts as far back as the first
     * window whose (first) target row lies in the part, so their inputs may reach into the rows
     * before, which are the past.
     */
    public int firstWindowStart(Part part, WindowOptions w, int firstRow) {
        int lead = part == Part.TRAIN ? 0 : w.manyToMany() ? w.horizon() : w.window() - 1 + w.horizon();
        return Math.max(firstRow, start(part) - lead);
    }
}
