package org.rnnlab.report;

import java.util.List;
import java.util.Locale;

/**
 * How a report writes numbers, shares, sequence lengths and lists in its sentences and tables, so
 * the prose, the Markdown and the HTML agree: three significant digits, scientific notation outside
 * [0.001, 100000), a dash for a missing value.
 */
final class Wording {

    /** What stands for a missing value in text and tables. */
    static final String MISSING = "–";

    private Wording() {
    }

    /** 0.0123, 4.56, 1.2e-07 → "1.2e-7", NaN → "–". */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return MISSING;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x == 0.0) {
            return "0";
        }
        double rounded = new java.math.BigDecimal(x).round(new java.math.MathContext(3)).doubleValue();
        double a = Math.abs(rounded);
        if (a >= 1e-3 && a < 1e5) {
            String s = new java.math.BigDecimal(rounded).round(new java.math.MathContext(3)).toPlainString();
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        String s = String.format(Locale.ROOT, "%.2e", rounded);
        String mantissa = s.substring(0, s.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
        int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
        return mantissa + "e" + exponent;
    }

    /** A share in [0, 1] as a percentage: 0.456 → "46%", 0.0004 → "<1%", NaN → "–". */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return MISSING;
        }
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** Wall time: "0.4 s", "12 s", "3 min 5 s". */
    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return MISSING;
        }
        if (s < 10) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        if (s < 120) {
            return Math.round(s) + " s";
        }
        long total = Math.round(s);
        return total / 60 + " min " + total % 60 + " s";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /**
     * The lengths among {@code all} where something happened: "T = 100", "T = 10 and 30", or
     * "T ≥ 100" when they are exactly the longer end of the study's lengths (and more than one).
     */
    static String lengths(List<Integer> where, List<Integer> all) {
        if (where.size() > 1 && where.size() < all.size() && where.equals(all.subList(all.size() - where.size(), all.size()))) {
            return "T ≥ " + where.get(0);
        }
        if (where.size() == all.size() && all.size() > 2) {
            return "every length (T = " + all.get(0) + "–" + all.get(all.size() - 1) + ")";
        }
        return "T = " + list(where.stream().map(String::valueOf).toList());
    }

    /** "1 of 3 seeds" / "2 of 6 runs". */
    static String count(int k, int n, String unit) {
        return k + " of " + n + " " + unit;
    }
}
