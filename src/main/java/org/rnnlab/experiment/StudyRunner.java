package org.rnnlab.experiment;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the runs of a study and hands each result to {@code onDone} as soon as it is known (on the
 * calling side, one at a time), then returns all results in the order of {@code specs}. The local
 * thread pool is the default; a Spark implementation spreads the runs over a cluster. Every run is
 * seeded by its own spec, never by the order in which it is executed, so every implementation
 * gives the same results.
 */
public interface StudyRunner {

    List<RunResult> run(List<RunSpec> specs, Consumer<RunResult> onDone);
}
