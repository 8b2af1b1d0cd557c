package org.rnnlab.cli;

import java.nio.file.Path;

import org.rnnlab.forecast.TrainingRun;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of the commands whose runs checkpoint and resume ({@code train}, {@code backtest}). */
final class ResumeOptions {

    @Option(names = "--resume", paramLabel = "DIR", order = 7, description = "Continue the interrupted run of DIR"
            + " (killed, or stopped by a full disk) from its checkpoints, with the options it was started with; it"
            + " ends with the same files as a run that was never interrupted (but their timings). Give no other"
            + " options.")
    Path resume;

    @Option(names = "--checkpoint-every", paramLabel = "SECONDS", defaultValue = "600", order = 7,
            description = "Each training saves a checkpoint (into DIR.incomplete/checkpoints) at the end of each"
                    + " epoch (of every few short ones, so that checkpoints take at most 5%% of the time) and of the"
                    + " training, and within a long epoch at most every SECONDS (default: ${DEFAULT-VALUE}).")
    double checkpointEvery = 600;

    /** Marks the command line that --resume repeats. */
    @Option(names = Resumption.RESUMING, hidden = true)
    boolean resuming;

    /** How the run of {@code command} into {@code dir} survives faults, as these options say. */
    TrainingRun.Durability durability(CommandSpec spec, String command, Path dir) {
        return new TrainingRun.Durability(resuming, checkpointEvery, Resumption.recordedArguments(spec, command, dir));
    }
}
