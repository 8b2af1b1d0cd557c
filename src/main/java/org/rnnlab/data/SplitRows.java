package org.rnnlab.data;

/**
 * Where a series of {@code rows} rows is split: training rows {@code [0, trainEnd)}, validation
 * rows {@code [trainEnd, validationEnd)}, test rows {@code [validationEnd, rows)}. A window and
 * all its target rows lie inside one part, so each part loses {@code window + horizon − 1}
 * possible window starts at its end, and no window straddles a boundary.
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
}
