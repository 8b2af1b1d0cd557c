package org.rnnlab.stats;

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927; recommended over the Wald
 * interval by Brown, Cai and DasGupta 2001, "Interval estimation for a binomial proportion"):
 * with p̂ = k / n and z the standard normal quantile,
 *
 * <pre>
 *   centre    = (p̂ + z² / 2n) / (1 + z² / n)
 *   halfWidth = z / (1 + z² / n) · √(p̂ (1 − p̂) / n + z² / 4n²)
 * </pre>
 *
 * Unlike p̂ ± z·√(p̂(1−p̂)/n) it stays inside [0, 1] and does not collapse to a point at 0 of n
 * or n of n: 0 of 12 gives [0, 0.24], 12 of 12 gives [0.76, 1].
 */
public final class Wilson {

    /** The standard normal quantile at 0.975, for a 95% two-sided interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** The 95% Wilson interval of {@code successes} out of {@code trials}. */
    public static Interval interval95(int successes, int trials) {
        return interval(successes, trials, Z95);
    }

    /** The Wilson interval with normal quantile {@code z} (1.96 for 95%). */
    public static Interval interval(int successes, int trials, double z) {
        if (trials < 1) {
            throw new IllegalArgumentException("a proportion needs at least one trial, got " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], got " + successes);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be > 0 and finite, got " + z);
        }
        double n = trials, p = successes / n, z2 = z * z;
        double scale = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / scale;
        double halfWidth = z / scale * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - halfWidth);
        double upper = successes == trials ? 1.0 : Math.min(1.0, centre + halfWidth);
        return new Interval(lower, upper);
    }
}
