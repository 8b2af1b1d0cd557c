package org.rnnlab.report;

import java.util.List;
import java.util.Locale;

import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

/**
 * How a report writes shares, times, sequence lengths, lists and counts in its sentences and
 * tables, so the prose, the Markdown and the HTML agree. Numbers are {@link Numbers#readable}
 * (three significant digits), a missing value is {@link Numbers#MISSING}.
 */
final class Wording {

    private Wording() {
    }

    /** A share in [0, 1] as a percentage: 0.456 → "46%", 0.0004 → "<1%", NaN → "–". */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return Numbers.MISSING;
        }
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** Wall time: "0.4 s", "12 s", "3 min 5 s". */
    static String seconds(double s) {
        if (Double.isNaN(s)) {
            return Numbers.MISSING;
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

    /** "1 of 3 seeds", "2 of 6 runs", "1 of 1 run": {@code unit} is the singular noun. */
    static String count(int k, int n, String unit) {
        return k + " of " + Plural.of(n, unit);
    }
}
