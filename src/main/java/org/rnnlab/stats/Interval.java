package org.rnnlab.stats;

/**
 * A two-sided confidence interval [lower, upper] for a proportion or a median.
 *
 * @param lower the lower bound
 * @param upper the upper bound, at least the lower
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("an interval needs lower <= upper, got [" + lower + ", " + upper + "]");
        }
    }

    /** True when {@code x} lies in [lower, upper]. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}
