package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;

/**
 * The transforms asked for: an explicit list, or {@code auto}, which lets {@link RecipeSearch}
 * choose among {@link #candidates} on the validation part. A seasonal difference is asked for
 * without its lag, which is the series' season, known only once the file is loaded.
 *
 * @param auto  choose automatically by training (the other components are then false)
 * @param rule  choose by {@link RecipeRule}'s tests, without training (the others are then false)
 * @param log   natural logarithm
 * @param sdiff seasonal difference at the season
 * @param diff  first difference
 */
public record TransformChoice(boolean auto, boolean rule, boolean log, boolean sdiff, boolean diff) {

    public TransformChoice {
        if ((auto || rule) && (log || sdiff || diff) || auto && rule) {
            throw new IllegalArgumentException("auto and rule choose the transforms themselves and go with no other"
                    + " transform");
        }
    }

    /** Choose on the validation part (the default). */
    public static TransformChoice automatic() {
        return new TransformChoice(true, false, false, false, false);
    }

    /** Choose by {@link RecipeRule}. */
    public static TransformChoice byRule() {
        return new TransformChoice(false, true, false, false, false);
    }

    /** Exactly these transforms (none when all are false). */
    public static TransformChoice of(boolean log, boolean sdiff, boolean diff) {
        return new TransformChoice(false, false, log, sdiff, diff);
    }

    /** Whether the transforms are named (not auto, not rule). */
    public boolean explicit() {
        return !auto && !rule;
    }

    /** The explicit choice of these transforms (their seasonal lag taken as the season). */
    public static TransformChoice of(Transforms t) {
        return of(t.log(), t.seasonal(), t.diff());
    }

    /**
     * The explicit transforms at a season.
     *
     * @throws IllegalArgumentException for {@code auto}, or for sdiff without a season
     */
    public Transforms resolve(int season) {
        if (!explicit()) {
            throw new IllegalStateException(label() + " is resolved by training or tests, not by a season");
        }
        if (sdiff && season < 2) {
            throw new IllegalArgumentException("--transform sdiff needs the season, and the series has none (its"
                    + " time column shows no frequency); give --season P, or drop sdiff");
        }
        return new Transforms(log, diff, sdiff ? season : 0);
    }

    /**
     * The recipes {@code auto} tries: none, diff, log and log,diff, and with a season of at least
     * 2 also sdiff, sdiff,diff and log,sdiff; the log ones only for a series whose targets and
     * features are all positive.
     */
    public static List<Transforms> candidates(TimeSeriesTable table, int season) {
        boolean positive = allPositive(table);
        List<Transforms> candidates = new ArrayList<>();
        for (boolean log : positive ? new boolean[] {false, true} : new boolean[] {false}) {
            candidates.add(new Transforms(log, false, 0));
            candidates.add(new Transforms(log, true, 0));
            if (season >= 2) {
                candidates.add(new Transforms(log, false, season));
                if (!log) {
                    candidates.add(new Transforms(false, true, season));
                }
            }
        }
        return candidates;
    }

    /** "auto", "none" or "log,sdiff,diff" style. */
    public String label() {
        if (auto || rule) {
            return auto ? "auto" : "rule";
        }
        List<String> names = new ArrayList<>();
        if (log) {
            names.add("log");
        }
        if (sdiff) {
            names.add("sdiff");
        }
        if (diff) {
            names.add("diff");
        }
        return names.isEmpty() ? "none" : String.join(",", names);
    }

    private static boolean allPositive(TimeSeriesTable table) {
        for (int c = 0; c < table.columns().size(); c++) {
            for (int r = 0; r < table.rows(); r++) {
                if (!(table.value(r, c) > 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
