package org.rnnlab.report;

import org.rnnlab.stats.Counts;
import org.rnnlab.stats.Interval;
import org.rnnlab.stats.Wilson;
import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

/**
 * How a report writes uncertainty: a rate as its count with its 95% Wilson interval ("11 of 12
 * runs (95% CI 0.65–0.99)"), a median with its bootstrap interval, a p-value, and whether it is
 * below the {@value #ALPHA} level at which findings call a difference significant.
 */
final class StatWording {

    /** The level below which a report calls a difference significant (each test on its own). */
    static final double ALPHA = 0.05;

    private StatWording() {
    }

    /** "11 of 12 runs (95% CI 0.65–0.99)", "0 of 3 seeds (95% CI 0–0.56)": {@code unit} is the singular noun. */
    static String rate(int k, int n, String unit) {
        return k + " of " + Plural.of(n, unit) + " (95% CI " + bounds(Wilson.interval95(k, n)) + ")";
    }

    /** "95% CI 0.65–0.99": the Wilson interval of k of n, for a parenthesis that already holds the count's context. */
    static String ci(int k, int n) {
        return "95% CI " + bounds(Wilson.interval95(k, n));
    }

    /** "0 of 15 runs, 95% CI 0–0.2": a rate inside a parenthesis. */
    static String rateClause(int k, int n, String unit) {
        return k + " of " + Plural.of(n, unit) + ", " + ci(k, n);
    }

    /** "2 of 3 (0.21–0.94)", for table cells. */
    static String rateCell(Counts c) {
        return c.events() + " of " + c.trials() + " (" + bounds(c.wilson95()) + ")";
    }

    /** A proportion's interval: "0.65–0.99", "0–0.24", "0.76–1". */
    static String bounds(Interval i) {
        return share(i.lower()) + "–" + share(i.upper());
    }

    /** A median's interval in readable numbers: "0.0053–0.0078", or the single value when both ends agree. */
    static String medianBounds(Interval i) {
        String lo = Numbers.readable(i.lower()), hi = Numbers.readable(i.upper());
        return lo.equals(hi) ? lo : lo + "–" + hi;
    }

    /** " (95% CI 0.0053–0.0078)" after a median, or empty when there is no interval. */
    static String medianNote(Interval i) {
        return i == null ? "" : " (95% CI " + medianBounds(i) + ")";
    }

    /** "p = 0.1", "p = 0.0079", "p = 9.6e-6", "p < 1e-12". */
    static String p(double p) {
        return p < 1e-12 ? "p < 1e-12" : "p = " + Numbers.readable(p, 2);
    }

    static boolean significant(double p) {
        return p < ALPHA;
    }

    /** 0 → "0", 1 → "1", otherwise two decimals (three near the ends, where two would round to 0 or 1). */
    private static String share(double x) {
        if (x == 0 || x == 1) {
            return x == 0 ? "0" : "1";
        }
        return Numbers.fixed(x, x < 0.01 || x > 0.99 ? 3 : 2);
    }
}
