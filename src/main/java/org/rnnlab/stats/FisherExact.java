package org.rnnlab.stats;

import java.util.List;

/**
 * Fisher's exact test of independence on a 2×2 table (Fisher 1922; Agresti, "Categorical Data
 * Analysis", 3rd ed., section 3.5), two-sided:
 *
 * <pre>
 *              event   no event
 *   group 1      a        b        (a + b = n₁)
 *   group 2      c        d        (c + d = n₂)
 * </pre>
 *
 * With the margins fixed, a follows the hypergeometric distribution
 * P(a = x) = C(n₁, x) C(n₂, m − x) / C(n₁ + n₂, m), m = a + c. The two-sided p-value is the
 * total probability of every table no more probable than the observed one (the rule of R's
 * {@code fisher.test} and SciPy's {@code fisher_exact}, with the same relative tolerance 1e-7 for
 * ties in floating point). Exact at any sample size, so it is the test for a handful of seeds,
 * where a χ² approximation is not valid.
 */
public final class FisherExact {

    /** Tables whose probability is within this relative distance of the observed one count as equal. */
    static final double RELATIVE_TOLERANCE = 1e-7;

    private FisherExact() {
    }

    /** The two-sided p-value of the table [[a, b], [c, d]]. */
    public static double twoSided(int a, int b, int c, int d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("a 2x2 table needs counts >= 0, got [[" + a + ", " + b + "], [" + c + ", " + d + "]]");
        }
        int n1 = a + b, n2 = c + d, m = a + c;
        int lo = Math.max(0, m - n2), hi = Math.min(n1, m);
        double observed = logProbability(a, n1, n2, m);
        double p = 0.0;
        for (int x = lo; x <= hi; x++) {
            double lp = logProbability(x, n1, n2, m);
            if (lp <= observed + Math.log1p(RELATIVE_TOLERANCE)) {
                p += Math.exp(lp);
            }
        }
        return Math.min(1.0, p);
    }

    /** The two-sided p-value of k₁ events in n₁ trials against k₂ in n₂. */
    public static double twoSided(Counts first, Counts second) {
        return twoSided(first.events(), first.trials() - first.events(), second.events(), second.trials() - second.events());
    }

    /**
     * The exact test that the odds of the event are the same in both groups across several
     * strata (one 2×2 table [[a, b], [c, d]] per sequence length), without pooling the strata into
     * one table: conditional on every table's margins, S = Σₖ aₖ has the convolution of the
     * strata's hypergeometric distributions, and the two-sided p-value is the probability of the
     * values of S no more probable than the observed one (the exact Cochran–Mantel–Haenszel test,
     * Agresti section 6.4, as R's {@code mantelhaen.test(exact = TRUE)}). One stratum gives
     * {@link #twoSided(int, int, int, int)}.
     *
     * @param tables one {@code {a, b, c, d}} per stratum
     */
    public static double stratifiedTwoSided(List<int[]> tables) {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("a stratified test needs at least one 2x2 table");
        }
        double[] distribution = {1.0};
        int offset = 0, observed = 0;
        for (int[] t : tables) {
            if (t.length != 4) {
                throw new IllegalArgumentException("a 2x2 table has 4 counts, got " + t.length);
            }
            twoSided(t[0], t[1], t[2], t[3]);
            int n1 = t[0] + t[1], n2 = t[2] + t[3], m = t[0] + t[2];
            int lo = Math.max(0, m - n2), hi = Math.min(n1, m);
            double[] next = new double[distribution.length + hi - lo];
            for (int x = lo; x <= hi; x++) {
                double px = Math.exp(logProbability(x, n1, n2, m));
                for (int s = 0; s < distribution.length; s++) {
                    next[s + x - lo] += distribution[s] * px;
                }
            }
            distribution = next;
            offset += lo;
            observed += t[0];
        }
        double limit = distribution[observed - offset] * (1 + RELATIVE_TOLERANCE), p = 0.0;
        for (double d : distribution) {
            if (d <= limit) {
                p += d;
            }
        }
        return Math.min(1.0, p);
    }

    /** ln P(a = x) under the hypergeometric distribution with margins n₁, n₂ and m. */
    private static double logProbability(int x, int n1, int n2, int m) {
        return logChoose(n1, x) + logChoose(n2, m - x) - logChoose(n1 + n2, m);
    }

    /** ln C(n, k) as a sum of logarithms (exact enough for the tables of a study, n in the thousands). */
    static double logChoose(int n, int k) {
        int j = Math.min(k, n - k);
        double s = 0.0;
        for (int i = 1; i <= j; i++) {
            s += Math.log(n - j + i) - Math.log(i);
        }
        return s;
    }
}
