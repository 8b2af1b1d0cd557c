package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.Locale;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.TimeAxis;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.text.Plural;
import org.rnnlab.train.TrainingResult;

/** The lines a training run says about itself as it goes (the data, the windows, each candidate recipe). */
final class TrainingDescription {

    private TrainingDescription() {
    }

    /** "airline_passengers.csv: 144 rows, monthly (season 12); time column "month" (...); features [passengers], target [passengers]". */
    static String table(TimeSeriesTable table, int season) {
        String axis = table.timeAxis().map(a -> ", " + (a.frequency() == TimeAxis.Frequency.OTHER ? "every " + a.step().replaceFirst("^1 ", "")
                : a.frequency().name().toLowerCase(Locale.ROOT).replace('_', '-')) + gaps(table, a)).orElse("");
        return String.format(Locale.ROOT, "%s: %d rows%s%s; %s; features %s, target %s%s",
                table.source().map(Path::toString).orElse(null), table.rows(), axis,
                season > 0 ? " (season " + season + ")" : seasonHint(table), timeColumnPhrase(table), table.featureNames(),
                table.targetNames(), table.repairs().map(r -> "; " + r).orElse(""));
    }

    /**
     * Why there is no season, where one might be expected. Weekly rows get no season by default: a year is 52.18 weeks, so a yearly pattern does not
     * repeat at a whole lag, and on short weekly files a 52-week seasonal difference costs a year
     * of rows (measured on a synthetic six-year weekly series: --season 52 raised the test RMSE
     * from 3.53 to 3.89). The start-up line says how to ask for it.
     */
    private static String seasonHint(TimeSeriesTable table) {
        boolean weekly = table.timeAxis().map(a -> a.frequency() == TimeAxis.Frequency.WEEKLY).orElse(false);
        if (weekly) {
            return " (no season; --season 52 for a yearly one)";
        }
        int axis = table.axisSeason();
        return axis > 0 && table.defaultSeason() == 0 ? " (no season: one of " + axis + " rows needs at least "
                + (axis + 2) + "; --season sets one)" : "";
    }

    /** " with 2 gaps (the first after 1996-04-05T23:30, line 241)", or "" without gaps. */
    private static String gaps(TimeSeriesTable table, TimeAxis axis) {
        if (axis.gaps() == 0) {
            return "";
        }
        String after = axis.firstGap().isPresent() && table.timeLabels().isPresent()
                ? " (" + (axis.gaps() > 1 ? "the first " : "") + "after " + table.timeLabels().get().get(axis.firstGap().getAsInt())
                        + ", line " + table.line(axis.firstGap().getAsInt()) + ")"
                : "";
        return " with " + Plural.of(axis.gaps(), "gap") + after;
    }

    /**
     * Which column was taken as time and why: {@code time column "year" (integers 1821…1934 step
     * 1, named like a time axis)} or {@code no time column (declared absent)}.
     */
    static String timeColumnPhrase(TimeSeriesTable table) {
        String reason = table.timeColumnReason().map(r -> " (" + r + ")").orElse("");
        return table.timeColumn().map(name -> "time column \"" + name.replace("\"", "\"\"") + "\"" + reason)
                .orElse("no time column" + reason);
    }

    /**
     * "windows: 100 training, 11 validation, 10 test; lstm, hidden 32 x 1 layer, highway 12 steps, 4525 parameters"
     * ("lstm with layer norm, ..." for a layer-normalised one; no highway part without one).
     */
    static String windows(PreparedData data, SequenceModel net) {
        ModelConfig c = net.config();
        return String.format(Locale.ROOT, "windows: %d training, %d validation, %d test; %s, hidden %d x %s,%s"
                + " %d parameters", data.train().count(), data.validation().count(), data.test().count(),
                c.cell().id() + (c.norm() == org.rnnlab.cell.Norm.LAYER ? " with layer norm" : ""), c.hiddenSize(),
                Plural.of(c.layers(), "layer"), c.highway() > 0 ? " highway " + Plural.of(c.highway(), "step") + "," : "",
                net.parameterCount());
    }

    /** "candidate log,diff: validation RMSE 0.412 of persistence's (196 epochs, 0.7 s)". */
    static String candidate(RecipeSearch.Candidate c) {
        if (!c.note().isEmpty()) {
            return "candidate " + c.transforms().label() + ": not usable, " + c.note();
        }
        TrainingResult r = c.result();
        return String.format(Locale.ROOT, "candidate %s: validation RMSE %.3f of persistence's (%s, %.1f s)",
                c.transforms().label(), c.score(), Plural.of(r.epochs(), "epoch"), r.seconds());
    }
}
