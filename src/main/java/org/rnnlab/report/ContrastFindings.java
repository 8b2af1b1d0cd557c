package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.stats.Counts;
import org.rnnlab.text.Numbers;

/**
 * The contrasts section's opening and its table: for each pair of variants that differ in one
 * choice ({@link Contrasts}), the divergence counts of both over all lengths with the stratified
 * exact test, then per length which differences are significant at the
 * {@value StatWording#ALPHA} level and which are not — and when no outcome at the number of seeds
 * run could have been significant, it says so. Each test stands alone (no correction for the
 * number of tests), which the text states.
 */
final class ContrastFindings {

    private ContrastFindings() {
    }

    static String text(StudyGrid grid) {
        List<Contrasts.Contrast> contrasts = Contrasts.of(grid);
        if (contrasts.isEmpty()) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("Pairs of variants that differ in one choice only, tested exactly: divergence with Fisher's exact test per "
                + "length and an exact test stratified by length over all lengths, final loss with a permutation test on ranks "
                + "(a diverged run ranks worst); a difference is called significant when its two-sided p < "
                + Numbers.readable(StatWording.ALPHA) + ", each test on its own.");
        for (Contrasts.Contrast c : contrasts) {
            sentences.add(c.kind() == Contrasts.Kind.CLIPPING ? clipping(grid, c) : activation(grid, c));
        }
        return String.join(" ", sentences);
    }

    /** "tanh (no clipping) diverged in 11 of 15 runs, tanh-clip1 (τ = 1) in 0 of 15 (stratified p = 5e-5); per length ...". */
    private static String clipping(StudyGrid grid, Contrasts.Contrast c) {
        if (c.diverged(true) + c.diverged(false) == 0) {
            return grid.label(c.first()) + " and " + grid.label(c.second()) + " did not diverge (" + neither(c)
                    + "); final loss " + perLength(c, false) + ".";
        }
        String s = grid.label(c.first()) + " diverged in " + c.diverged(true) + " of " + c.runs(true) + " runs, "
                + grid.label(c.second()) + " in " + c.diverged(false) + " of " + c.runs(false) + " ("
                + verdict(c.stratifiedP()) + " over all lengths)";
        return s + "; per length, " + perLength(c, true) + ".";
    }

    /** "tanh against relu: divergence ... ; final loss lower for tanh at T = 10 (p = 0.0079), ... ." */
    private static String activation(StudyGrid grid, Contrasts.Contrast c) {
        String divergence = c.diverged(true) + c.diverged(false) == 0 ? "neither diverged (" + neither(c) + ")"
                : "divergence in " + c.diverged(true) + " of " + c.runs(true) + " against " + c.diverged(false) + " of " + c.runs(false)
                        + " runs (" + verdict(c.stratifiedP()) + " over all lengths)";
        return c.first() + " against " + c.second() + ": " + divergence + "; final loss " + perLength(c, false) + ".";
    }

    /** "0 of 10 runs each, 95% CI 0–0.28", or both counts when the numbers of runs differ. */
    private static String neither(Contrasts.Contrast c) {
        int a = c.runs(true), b = c.runs(false);
        return a == b ? "0 of " + a + " runs each, " + StatWording.ci(0, a)
                : StatWording.rateClause(0, a, "run") + "; " + StatWording.rateClause(0, b, "run");
    }

    /** Which lengths' differences are significant, which not, and whether any could have been. */
    private static String perLength(Contrasts.Contrast c, boolean divergence) {
        List<String> significant = new ArrayList<>(), not = new ArrayList<>();
        double couldReach = 1.0;
        for (Contrasts.AtLength l : c.lengths()) {
            double p = divergence ? l.divergenceP() : l.lossP();
            couldReach = Math.min(couldReach, l.smallestP());
            if (StatWording.significant(p)) {
                String who = divergence ? "" : (l.lower() == null ? "" : "lower for " + l.lower() + " ");
                significant.add(who + "at T = " + l.length() + " (" + StatWording.p(p) + ")");
            } else {
                not.add("T = " + l.length() + " (" + StatWording.p(p) + ")");
            }
        }
        List<String> parts = new ArrayList<>();
        if (!significant.isEmpty()) {
            parts.add((divergence ? "the difference in divergence is significant " : "") + Wording.list(significant));
        }
        if (!not.isEmpty()) {
            String seeds = seedsNote(c);
            parts.add((significant.isEmpty() ? (divergence ? "the difference in divergence is " : "") + "not significant at any length: "
                    : "not significant at ") + Wording.list(not)
                    + (couldReach >= StatWording.ALPHA ? " — with " + seeds + " no outcome could be (the smallest possible p is "
                            + Numbers.readable(couldReach, 2) + ")" : " with " + seeds));
        }
        return String.join("; ", parts);
    }

    private static String seedsNote(Contrasts.Contrast c) {
        int fewest = c.lengths().stream().mapToInt(l -> Math.min(l.first().trials(), l.second().trials())).min().orElse(0);
        int most = c.lengths().stream().mapToInt(l -> Math.max(l.first().trials(), l.second().trials())).max().orElse(0);
        return (fewest == most ? String.valueOf(most) : fewest + "–" + most) + (most == 1 ? " seed" : " seeds") + " per variant";
    }

    private static String verdict(double p) {
        return (StatWording.significant(p) ? "significant, " : "not significant, ") + StatWording.p(p);
    }

    /** One row per contrast and length, or null when the study has no contrasts. */
    static Table table(StudyGrid grid) {
        List<Contrasts.Contrast> contrasts = Contrasts.of(grid);
        if (contrasts.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Contrasts.Contrast c : contrasts) {
            for (Contrasts.AtLength l : c.lengths()) {
                rows.add(List.of(c.first() + " / " + c.second(), String.valueOf(l.length()), cell(l.first()), cell(l.second()),
                        Numbers.readable(l.divergenceP(), 2), Numbers.readable(l.firstLoss()), Numbers.readable(l.secondLoss()),
                        Numbers.readable(l.lossP(), 2)));
            }
        }
        return new Table("Contrasts: divergence (Wilson 95% intervals; Fisher's exact test) and final loss (median over the runs "
                + "that did not diverge; permutation test on ranks with diverged runs ranked worst), two-sided p-values",
                List.of("first / second", "T", "diverged (first)", "diverged (second)", "p, divergence", "final loss (first)",
                        "final loss (second)", "p, final loss"),
                rows, List.of(1, 2, 3, 4, 5, 6, 7));
    }

    private static String cell(Counts c) {
        return StatWording.rateCell(c);
    }
}
