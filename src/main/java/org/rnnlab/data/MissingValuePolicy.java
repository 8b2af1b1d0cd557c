package org.rnnlab.data;

import org.rnnlab.name.Named;

/**
 * What the loader does with a missing value (an empty cell, or a {@code NaN}, {@code NA} or
 * {@code N/A} marker) in a numeric column it loads.
 */
public enum MissingValuePolicy implements Named {
    /** Reject the file, naming the line and column of the first missing value (the default). */
    ERROR,
    /** Drop every row that misses a value in any loaded column (time labels then have gaps). */
    DROP,
    /**
     * Carry the last value above forward. A column whose first value is missing is rejected,
     * since nothing can be carried into it.
     */
    FFILL,
    /**
     * Linear interpolation in row order between the nearest values above and below. A gap at the
     * start or the end of a column, with a value on one side only, takes that nearest value.
     */
    INTERPOLATE
}
