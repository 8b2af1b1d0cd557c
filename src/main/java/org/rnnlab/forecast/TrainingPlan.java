package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.OptionalInt;

import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;

/**
 * Everything {@link TrainingRun} needs to train on a CSV series: how to read it, how to cut it,
 * which transforms, which networks, and where to write.
 *
 * @param dataFile   the CSV file
 * @param csv        how to read it
 * @param prepare    windows, split and scaling (its transforms are replaced by the resolved {@code transforms})
 * @param windowGiven whether the window length was asked for; if not, a short file gets a shorter one
 *                   ({@link DefaultWindow})
 * @param transforms explicit transforms or {@code auto}
 * @param season     the season, or empty to take it from the time axis
 * @param models     the networks and their training configuration
 * @param seed       the seed the networks and batches came from (recorded)
 * @param out        the run directory
 * @param threads    threads for candidate recipes (each training is single-threaded)
 * @param ensemble   networks to train from seeds {@code seed, seed+1, …} and average (1 for one)
 * @param refit      retrain on training + validation rows for the epochs early stopping kept
 */
public record TrainingPlan(Path dataFile, CsvOptions csv, PrepareOptions prepare, boolean windowGiven,
        TransformChoice transforms,
        OptionalInt season, ModelSource models, long seed, Path out, int threads, int ensemble, boolean refit) {

    public TrainingPlan {
        if (dataFile == null || csv == null || prepare == null || transforms == null || season == null
                || models == null || out == null) {
            throw new IllegalArgumentException("a training plan needs its data file, options, transforms, season,"
                    + " models and run directory");
        }
        if (ensemble < 1) {
            throw new IllegalArgumentException("--ensemble must be >= 1, got " + ensemble);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (season.isPresent() && season.getAsInt() < 1) {
            throw new IllegalArgumentException("--season must be >= 1, got " + season.getAsInt());
        }
    }

    /** The same plan with other prepare options. */
    TrainingPlan withPrepare(PrepareOptions other) {
        return new TrainingPlan(dataFile, csv, other, windowGiven, transforms, season, models, seed, out, threads,
                ensemble, refit);
    }
}
