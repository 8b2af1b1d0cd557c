package org.rnnlab.forecast;

import java.util.Arrays;
import java.util.Locale;

import org.rnnlab.data.Transforms;

/**
 * {@code --transform rule}: the recipe from three classical tests on the training rows of the
 * first target, with no training (the fast alternative to {@link RecipeSearch}):
 * <ol>
 * <li><b>log</b> when every value is positive and the spread grows with the level: over blocks of
 * one season (12 rows without one), the correlation of block means and block standard deviations
 * exceeds {@value #LOG_CORRELATION} (the idea behind Guerrero's method for the Box–Cox λ).</li>
 * <li><b>sdiff</b> when the season is 2 or more and its strength
 * {@code F_S = max(0, 1 − Var(R)/Var(S + R))} of a classical additive decomposition (centred moving
 * average trend) exceeds {@value #SEASONAL_STRENGTH}, the threshold of Hyndman &amp;
 * Athanasopoulos, <i>FPP3</i> §9.1, after Wang, Smith &amp; Hyndman (2006).</li>
 * <li><b>diff</b> when the KPSS test of level stationarity (Kwiatkowski et al. 1992; Bartlett
 * long-run variance with {@code ⌊4(n/100)^¼⌋} lags) rejects at 5 % (statistic &gt; 0.463) on the
 * series after steps 1 and 2.</li>
 * </ol>
 */
public final class RecipeRule {

    static final double LOG_CORRELATION = 0.5, SEASONAL_STRENGTH = 0.64, KPSS_5_PERCENT = 0.463;

    /**
     * The decision and the numbers behind it.
     *
     * @param transforms  the recipe
     * @param correlation block mean–sd correlation (NaN when log is impossible)
     * @param strength    seasonal strength (NaN without a season)
     * @param kpss        the KPSS statistic of the series after log and sdiff
     * @param positive    whether every value is positive (else log is impossible)
     */
    public record Decision(Transforms transforms, double correlation, double strength, double kpss, boolean positive) {

        /** "log (mean–sd correlation 0.93), sdiff (seasonal strength 0.95), no diff (KPSS 0.21)". */
        public String reasons() {
            return String.join(", ",
                    reason(transforms.log() ? "log" : "no log", "mean-sd correlation %.2f", correlation,
                            positive ? "fewer than three seasons of rows (36 without a season)" : "not every value is positive"),
                    reason(transforms.seasonal() ? "sdiff" : "no sdiff", "seasonal strength %.2f", strength,
                            "no season, or fewer than three seasons of rows"),
                    reason(transforms.diff() ? "diff" : "no diff", "KPSS %.3f", kpss, "too few rows"));
        }

        /** "log (mean-sd correlation 0.93)", or why the statistic could not be measured. */
        private static String reason(String choice, String statistic, double value, String whyNot) {
            return choice + " (" + (Double.isNaN(value) ? statistic.substring(0, statistic.indexOf(" %"))
                    + " not measurable: " + whyNot : String.format(Locale.ROOT, statistic, value)) + ")";
        }
    }

    private RecipeRule() {
    }

    /** The recipe for the training values {@code y} (in time order) with season {@code season} (0 for none). */
    public static Decision decide(double[] y, int season) {
        boolean positive = Arrays.stream(y).allMatch(v -> v > 0);
        double correlation = positive ? meanSdCorrelation(y, season >= 2 ? season : 12) : Double.NaN;
        boolean log = positive && correlation > LOG_CORRELATION;
        double[] level = log ? Arrays.stream(y).map(Math::log).toArray() : y.clone();
        double strength = season >= 2 && level.length >= 3 * season ? seasonalStrength(level, season) : Double.NaN;
        boolean sdiff = strength > SEASONAL_STRENGTH;
        double[] s = sdiff ? difference(level, season) : level;
        double kpss = kpss(s);
        return new Decision(new Transforms(log, kpss > KPSS_5_PERCENT, sdiff ? season : 0), correlation, strength, kpss,
                positive);
    }

    static double meanSdCorrelation(double[] y, int block) {
        int blocks = y.length / block;
        if (blocks < 3) {
            return Double.NaN;
        }
        double[] means = new double[blocks], sds = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            double[] part = Arrays.copyOfRange(y, b * block, (b + 1) * block);
            means[b] = mean(part);
            sds[b] = Math.sqrt(variance(part));
        }
        return correlation(means, sds);
    }

    /** F_S of a classical additive decomposition: centred 2×m moving average trend, mean seasonal indices. */
    static double seasonalStrength(double[] y, int m) {
        int n = y.length, half = m / 2;
        double[] detrended = new double[n];
        Arrays.fill(detrended, Double.NaN);
        for (int t = half; t < n - half; t++) {
            double sum = 0;
            for (int k = -half; k <= half; k++) {
                double w = m % 2 == 0 && Math.abs(k) == half ? 0.5 : 1;
                sum += w * y[t + k];
            }
            detrended[t] = y[t] - sum / m;
        }
        double[] index = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < n; t++) {
            if (!Double.isNaN(detrended[t])) {
                index[t % m] += detrended[t];
                count[t % m]++;
            }
        }
        double centre = 0;
        for (int p = 0; p < m; p++) {
            index[p] /= Math.max(1, count[p]);
            centre += index[p] / m;
        }
        double[] withSeason = Arrays.stream(detrended).filter(v -> !Double.isNaN(v)).toArray();
        double[] remainder = new double[withSeason.length];
        for (int t = half, i = 0; t < n - half; t++, i++) {
            remainder[i] = detrended[t] - (index[t % m] - centre);
        }
        return Math.max(0, 1 - variance(remainder) / variance(withSeason));
    }

    /** The KPSS level-stationarity statistic with a Bartlett-weighted long-run variance. */
    static double kpss(double[] y) {
        int n = y.length;
        double mean = mean(y);
        double[] e = Arrays.stream(y).map(v -> v - mean).toArray();
        double partial = 0, sumSquares = 0;
        for (double v : e) {
            partial += v;
            sumSquares += partial * partial;
        }
        int lags = (int) Math.floor(4 * Math.pow(n / 100.0, 0.25));
        double longRun = 0;
        for (double v : e) {
            longRun += v * v;
        }
        for (int l = 1; l <= lags; l++) {
            double c = 0;
            for (int t = l; t < n; t++) {
                c += e[t] * e[t - l];
            }
            longRun += 2 * (1 - l / (lags + 1.0)) * c;
        }
        longRun /= n;
        return longRun > 0 ? sumSquares / ((double) n * n * longRun) : 0;
    }

    static double[] difference(double[] y, int lag) {
        double[] d = new double[y.length - lag];
        for (int t = lag; t < y.length; t++) {
            d[t - lag] = y[t] - y[t - lag];
        }
        return d;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        return Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / v.length;
    }

    private static double correlation(double[] a, double[] b) {
        double ma = mean(a), mb = mean(b), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }
}
