package org.rnnlab.forecast;

import java.util.Locale;

import org.rnnlab.stats.Interval;
import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

/** A backtest's summary.md and its headline sentence, written from the numbers. */
public final class BacktestSummary {

    /** Row labels of the methods, in {@link BacktestResult#METHODS} order (the model's is its cell name). */
    static final String[] LABELS = {null, "persistence", "seasonal naive", "drift", "training mean"};

    private BacktestSummary() {
    }

    /** "lstm: MASE 0.61 over 240 points, 38% lower than the best baseline (seasonal naive, 0.98)." */
    public static String headline(BacktestScores s, int o, String modelName) {
        Accuracy model = s.overall()[o][0];
        int best = s.bestBaseline(o);
        if (best < 0 || !Double.isFinite(model.mase())) {
            return String.format(Locale.ROOT, "%s: RMSE %s over %s (MASE undefined).", modelName,
                    Numbers.readable(model.rmse(), 5), Plural.of(model.count(), "point"));
        }
        Accuracy baseline = s.overall()[o][best];
        double change = 100 * (model.mase() / baseline.mase() - 1);
        ErrorRatio ratio = s.versusBest(o);
        String sure = ratio.range() == null ? "" : String.format(Locale.ROOT, "; its absolute errors are %s of %s's over"
                + " the %d points both forecast (95%% interval %s–%s, batch means over origins)",
                Numbers.fixed(ratio.ratio(), 3), LABELS[best], ratio.points(), Numbers.fixed(ratio.range().lower(), 3),
                Numbers.fixed(ratio.range().upper(), 3));
        return String.format(Locale.ROOT, "%s: MASE %.3f over %s, %.1f%% %s than the best baseline (%s, %.3f)%s.",
                modelName, model.mase(), Plural.of(model.count(), "point"), Math.abs(change),
                change < 0 ? "lower" : "higher", LABELS[best], baseline.mase(), sure);
    }

    static String markdown(BacktestScores s, String modelName) {
        BacktestResult r = s.result();
        StringBuilder md = new StringBuilder("# Backtest\n\n");
        md.append(String.format(Locale.ROOT, "%s from %s to %s, %s ahead each; %s (%s); %.0f s.%n%n",
                Plural.of(r.origins().length, "origin"), r.rowLabels().get(r.origins()[0]),
                r.rowLabels().get(r.origins()[r.origins().length - 1]), Plural.of(r.ahead()[r.ahead().length - 1], "step"),
                Plural.of(r.transforms().size(), "model"), "transforms " + String.join(", ", r.transforms()), r.seconds()));
        md.append("Every model saw only the rows up to its origin. MASE divides the MAE by the in-sample")
                .append(" seasonal-naive MAE (lag ").append(r.season() >= 2 ? r.season() : 1)
                .append(") of the rows up to the first origin.\n\n");
        for (int o = 0; o < r.targets().size(); o++) {
            md.append("## ").append(r.targets().get(o)).append("\n\n").append(headline(s, o, modelName)).append("\n\n");
            md.append("| method | MASE | RMSE | MAE | sMAPE % | points |\n|---|---:|---:|---:|---:|---:|\n");
            for (int m = 0; m < LABELS.length; m++) {
                Accuracy a = s.overall()[o][m];
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n", m == 0 ? modelName : LABELS[m],
                        Numbers.fixed(a.mase(), 3), Numbers.readable(a.rmse(), 5), Numbers.readable(a.mae(), 5),
                        Numbers.fixed(a.smape(), 3), a.count()));
            }
            md.append("\nMASE per step ahead:\n\n| ahead |");
            for (int m = 0; m < LABELS.length; m++) {
                md.append(' ').append(m == 0 ? modelName : LABELS[m]).append(" |");
            }
            md.append(" points |\n|---:|").append("---:|".repeat(LABELS.length + 1)).append('\n');
            for (int k = 0; k < r.ahead().length; k++) {
                md.append("| ").append(r.ahead()[k]).append(" |");
                for (int m = 0; m < LABELS.length; m++) {
                    md.append(' ').append(Numbers.fixed(s.byStep()[o][m][k].mase(), 3)).append(" |");
                }
                md.append(' ').append(s.byStep()[o][0][k].count()).append(" |\n");
            }
            coverage(md, s, o);
        }
        return md.toString();
    }

    /** Why the error ratio and the coverages of this backtest come without an interval, or null when they have one. */
    public static String coverageCaveat(BacktestScores s) {
        return OriginGroups.unavailable(s.result());
    }

    private static void coverage(StringBuilder md, BacktestScores s, int o) {
        double[] levels = s.result().levels();
        if (levels.length == 0) {
            return;
        }
        double gamma = s.result().adaptStep();
        md.append("\nPrediction intervals (split conformal over a sliding window of held-out errors per step ahead:"
                + " the model's validation forecasts at first, then the backtest's own as their actual values"
                + " become known; " + (gamma > 0 ? String.format(Locale.ROOT, "each step's level adapted to the"
                        + " coverage seen so far, adaptive conformal inference with step %s", Numbers.readable(gamma))
                        : "at the nominal levels") + "):\n\n")
                .append("| nominal | empirical coverage | 95 % interval | points with an interval |\n")
                .append("|---:|---:|---:|---:|\n");
        for (int l = 0; l < levels.length; l++) {
            Interval range = s.range()[o][l];
            md.append(String.format(Locale.ROOT, "| %s%% | %s | %s | %d |%n", ForecastBands.percent(levels[l]),
                    Double.isFinite(s.coverage()[o][l]) ? String.format(Locale.ROOT, "%.1f%%", 100 * s.coverage()[o][l])
                            : Numbers.MISSING, range == null ? Numbers.MISSING : String.format(Locale.ROOT,
                                    "%.1f–%.1f%%", 100 * range.lower(), 100 * range.upper()), s.covered()[o][l]));
        }
        String none = OriginGroups.unavailable(s.result());
        md.append(none != null ? "\nNo 95 % interval of the coverage: " + none + ".\n"
                : "\nThe 95 % interval of each coverage is from batch means over origins (" + OriginGroups.count(
                        s.result()) + " consecutive groups of at least " + OriginGroups.length(s.result())
                        + " origins, as neighbouring origins forecast some of the same rows; Student's t with "
                        + (OriginGroups.count(s.result()) - 1) + " degrees of freedom): how far the coverage"
                        + " measured here may be from the coverage the method has on series like this one.\n");
    }
}
