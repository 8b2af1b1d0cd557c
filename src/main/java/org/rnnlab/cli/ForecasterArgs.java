package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.OptionalInt;

import org.rnnlab.forecast.TrainingPlan;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of a CSV forecaster, shared by {@code train} and {@code backtest}: how to read the
 * file, cut it into windows, shape and train the network, and clip; {@link #plan} turns them into
 * the library's {@link TrainingPlan}.
 */
final class ForecasterArgs {

    @ArgGroup(validate = false, heading = "%nData:%n", order = 1)
    CsvArgs csv = new CsvArgs();

    @ArgGroup(validate = false, heading = "%nWindows:%n", order = 2)
    WindowArgs windows = new WindowArgs();

    @ArgGroup(validate = false, heading = "%nModel:%n", order = 3)
    ModelArgs model = new ModelArgs();

    @ArgGroup(validate = false, heading = "%nTraining:%n", order = 4)
    TrainingArgs training = new TrainingArgs();

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nClipping (at most one; default: --clip-norm 1):%n",
            order = 5)
    TrainingArgs.ClipChoice clip;

    /** The plan these options describe, for networks of target horizon {@code horizon}. */
    TrainingPlan plan(CommandSpec spec, int horizon, Path out, int ensemble, boolean refit) {
        training.clip = clip;
        return new TrainingPlan(csv.data, csv.toOptions(), windows.toOptions(horizon), windows.window != null,
                windows.transform, windows.season == null ? OptionalInt.empty() : OptionalInt.of(windows.season),
                new TrainModels(spec, model, training), training.seed, out, Runtime.getRuntime().availableProcessors(),
                ensemble, refit);
    }
}
