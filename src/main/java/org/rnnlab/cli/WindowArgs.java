package org.rnnlab.cli;

import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.Scaling;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.Transforms;
import org.rnnlab.data.WindowOptions;

import picocli.CommandLine.Option;

/** The options that cut a series into windows; {@link #toOptions()} turns them into {@link PrepareOptions}. */
final class WindowArgs {

    @Option(names = "--window", paramLabel = "T", defaultValue = "12",
            description = "Input steps per window (default: ${DEFAULT-VALUE}).")
    int window = 12;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "1",
            description = "Predict the value H steps after the window's last step (default: ${DEFAULT-VALUE}).")
    int horizon = 1;

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
            defaultValue = "none", description = "Before scaling: none, log (positive series), diff (first"
                    + " differences) or log,diff; undone on predictions (default: ${DEFAULT-VALUE}).")
    Transforms transform = Transforms.none();

    @Option(names = "--season", paramLabel = "P", description = "Season length for the seasonal-naive baseline"
            + " (default: from the time column: 12 monthly, 4 quarterly, 7 daily, 24 hourly, 48 half-hourly).")
    Integer season;

    /** The prepare options these arguments describe; a bad value names its option. */
    PrepareOptions toOptions() {
        WindowOptions w = Options.named(window < 1 ? "--window" : horizon < 1 ? "--horizon" : "--stride",
                () -> new WindowOptions(window, horizon, stride, manyToMany));
        if (season != null && season < 1) {
            throw new IllegalArgumentException("--season must be >= 1, got " + season);
        }
        return new PrepareOptions(w, split, scale, transform);
    }
}
