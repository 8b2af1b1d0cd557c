package org.rnnlab.cli;

import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.Scaling;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.Transforms;
import org.rnnlab.forecast.DefaultWindow;
import org.rnnlab.forecast.TransformChoice;
import org.rnnlab.data.WindowOptions;

import picocli.CommandLine.Option;

/** The options that cut a series into windows; {@link #toOptions()} turns them into {@link PrepareOptions}. */
final class WindowArgs {

    @Option(names = "--window", paramLabel = "T", description = "Input steps per window (default: 12, or the"
            + " longest that fits every part of a short file, said at the start).")
    Integer window;

    @Option(names = "--horizon", paramLabel = "H", description = "Rows ahead. train: predict the value H steps"
            + " after the window's last step (default: 1). backtest: forecast H rows from each origin (default: the"
            + " season, else 6), recursively with a horizon-1 model unless --direct.")
    Integer horizon;

    @Option(names = "--stride", paramLabel = "S", defaultValue = "1",
            description = "Rows between the starts of consecutive windows; larger strides make fewer, less"
                    + " overlapping windows for long series (default: ${DEFAULT-VALUE}).")
    int stride = 1;

    @Option(names = "--many-to-many", description = "Predict at every step of the window (the value H steps after"
            + " each step), not only after the last one.")
    boolean manyToMany;

    @Option(names = "--split", paramLabel = "A,B,C", converter = Options.SplitConverter.class,
            defaultValue = "0.7,0.15,0.15", description = "Chronological train,validation,test fractions; no window"
                    + " straddles a boundary (default: ${DEFAULT-VALUE}).")
    SplitFractions split = SplitFractions.defaults();

    @Option(names = "--scale", paramLabel = "METHOD",
            defaultValue = "zscore", description = "Per-column scaling fitted on the training part: zscore, minmax"
                    + " or none (default: ${DEFAULT-VALUE}).")
    Scaling scale = Scaling.ZSCORE;

    @Option(names = "--transform", paramLabel = "T", converter = Options.TransformsConverter.class,
            defaultValue = "auto", description = "Before scaling: auto, or a list of log (positive series),"
                    + " sdiff (seasonal difference at the season) and diff (first difference), or none; undone on"
                    + " predictions. auto trains every candidate (none, diff, sdiff, sdiff,diff, and for a positive"
                    + " series log, log,diff, log,sdiff) and keeps the best on the validation part, or leaves the"
                    + " choice to rule when that part is shorter than one season; rule decides from trend,"
                    + " seasonality and spread tests on the training part without training (default:"
                    + " ${DEFAULT-VALUE}).")
    TransformChoice transform = TransformChoice.automatic();

    @Option(names = "--season", paramLabel = "P", description = "Season length for the seasonal-naive baseline"
            + " (default: from the time column: 12 monthly, 4 quarterly, 7 daily, 24 hourly, 48 half-hourly;"
            + " none for annual or weekly rows, where 52 would be the yearly season).")
    Integer season;

    /**
     * The prepare options these arguments describe, with no transforms: {@link #transform} is
     * resolved once the series' season is known. A bad value names its option.
     */
    PrepareOptions toOptions() {
        return toOptions(horizon != null ? horizon : 1);
    }

    /** As {@link #toOptions()} with the model's horizon given (backtest trains horizon-1 models for --horizon H). */
    PrepareOptions toOptions(int horizon) {
        int length = window != null ? window : DefaultWindow.PREFERRED;
        WindowOptions w = Options.named(length < 1 ? "--window" : horizon < 1 ? "--horizon" : "--stride",
                () -> new WindowOptions(length, horizon, stride, manyToMany));
        if (season != null && season < 1) {
            throw new IllegalArgumentException("--season must be >= 1, got " + season);
        }
        return new PrepareOptions(w, split, scale, Transforms.none());
    }
}
