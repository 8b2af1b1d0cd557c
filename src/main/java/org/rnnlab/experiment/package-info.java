/**
 * Studies of the vanishing/exploding-gradient problem: many short training runs on synthetic tasks,
 * one per variant × sequence length × seed, and what each run leaves behind for the report.
 *
 * <h2>What runs</h2>
 * <ul>
 * <li>{@link org.rnnlab.experiment.Variant}: one training recipe (cell, activation, initialisers of
 * {@code W_ih} and {@code W_hh}, optimiser, clipping, normalisation inside the cells), which makes
 * its {@code ModelConfig} and {@code Initialization} for a task.
 * {@link org.rnnlab.experiment.Variants} holds the named ones ({@code tanh}, {@code tanh-clip1},
 * {@code relu}, {@code irnn}, {@code lstm}, {@code gru}, the layer-normalised {@code tanh-ln},
 * {@code lstm-ln}, {@code gru-ln}, ...):
 * the vanilla ones share one recipe and differ only in what their name says, so a contrast in a
 * report isolates that one choice.</li>
 * <li>{@link org.rnnlab.experiment.StudySettings}: what every run of a study shares (sizes, batch,
 * step budget, training and test sequences, how often to probe, the divergence rule).</li>
 * <li>{@link org.rnnlab.experiment.RunSpec}: one run, a variant on a task of one length with one
 * repetition seed, and its identity: the data seed depends on the task, the length and the
 * repetition, the weight seed on the length and the repetition only, so every variant of a cell type
 * starts from the same weights on the same data.</li>
 * <li>{@link org.rnnlab.experiment.Grid}: the runs of a study, every variant × length × seed
 * ({@code compare}) or every clipping policy of one base variant × length × seed ({@code sweep}),
 * a policy being a threshold τ, none, {@link org.rnnlab.experiment.AutoThreshold} (τ = factor × the
 * median gradient norm of a few unclipped probe steps from the same start), AutoClip or AGC.
 * {@link org.rnnlab.experiment.RateGrid} crosses learning rates with a sweep's thresholds
 * ("tanh-lr0.1-tau-1"); {@link org.rnnlab.experiment.DepthGrid} makes depth an axis, every variant at
 * every number of layers ("tanh-L3").</li>
 * <li>{@link org.rnnlab.experiment.GainStudy}: the variants of the recurrent-gain study (tanh and
 * ReLU, W_hh ~ N(0, g²/H) at g = 1, 1.5, 2, unclipped and clipped at 1 and 5, plain SGD).</li>
 * </ul>
 *
 * <h2>The study runners</h2>
 * {@link org.rnnlab.experiment.StudyRunner} is the interface the study commands run their specs
 * through: it hands each result to a callback on the calling side as soon as it is known and
 * returns all of them in the order of the specs. {@link org.rnnlab.experiment.Runner}, the
 * default, runs them on a fixed pool of threads in this process, longest first (by
 * {@link org.rnnlab.experiment.RunSpec#cost()}), each run single-threaded with its own model, data
 * and seeds, so no number depends on the thread count or on the implementation.
 * {@link org.rnnlab.experiment.SparkStudyRunner} (the only class that imports Spark; Spark is a
 * {@code provided} dependency) makes each run one Spark task, its own one-task job submitted with
 * {@code collectAsync}, longest first, and hands results to {@code onDone} on the calling thread as
 * their jobs end; specs and results travel by Java serialisation (they and everything they hold are
 * {@code Serializable} records; a CSV series task is not, and is refused), executors take the
 * driver's kernel when one was chosen, and a run that fails even after Spark's retries is reported
 * after the others have come back. {@link org.rnnlab.experiment.RunExecutor}
 * runs one spec from start to end: it draws the task's data, picks the automatic threshold if asked,
 * trains with {@code train.Trainer} for the step budget (full BPTT, non-finite gradients are errors),
 * measures ‖∂L/∂h_t‖ and the forward state's magnitude ({@code diagnostics.StateMagnitude}) on a
 * fixed probe batch of test sequences before, during (every {@code probeEvery} steps, when it also
 * checks the task's criterion on the test sequences, for the steps to success) and after training,
 * the network's health before and after, the test loss on the probe batch, and scores the task on
 * its test sequences. It never throws: divergence is an outcome and any other error a failed result carrying
 * its message, so a study always finishes its other runs. {@link org.rnnlab.experiment.StudyClock}
 * estimates the time left, weighting each run by its cost.
 *
 * <h2>What a run leaves</h2>
 * {@link org.rnnlab.experiment.RunResult}: the status (completed, diverged, failed), the step of
 * divergence (0-based in the record, step + 1 for people) and its cause, the threshold used, the
 * task score and success, the outcome ({@link org.rnnlab.experiment.RunOutcome}: solved, learned,
 * baseline, state-exploded, diverged, failed, with its documented bounds), the test loss, the steps
 * to success, the per-step loss, gradient norms before and after clipping, applied threshold and
 * share of units clipped ({@link org.rnnlab.experiment.StepSeries}), the probes with the state
 * magnitude at each, the health before and after, {@link org.rnnlab.experiment.RunDiagnostics} (the
 * Jacobian flow before and after training, the first non-finite value of a diverged run, located by
 * re-running only its diverging step, and per layer and step ‖∂L/∂W_hh‖ and ‖ΔW_hh‖/‖W_hh‖, from
 * {@code LayerRecorder}), and the {@code provenance.Provenance} of the JVM that computed it (kernel,
 * OpenBLAS core type, CPU, JVM, build). These records are all the {@code report} package reads.
 *
 * <h2>Durable studies</h2>
 * <ul>
 * <li>{@link org.rnnlab.experiment.RecordJson}: the JSON mapping of records, generic over records
 * (Jackson's record support), so a component added to {@code RunResult} or anything in it is
 * persisted with no extra code (only a component of a new interface type needs a rule there, as
 * {@code Activation} has); a read-back record {@code equals} the original, NaN and infinities
 * included (the records holding arrays compare by content).</li>
 * <li>{@link org.rnnlab.experiment.RunIdentity}: a run's identity, the SHA-256 of its spec in that
 * mapping (recipe, task or hash of a CSV series' windows, seed, settings, automatic rule) and the
 * rnnlab version.</li>
 * <li>{@link org.rnnlab.experiment.RunRecords}: {@code runs/<id>.json} in a study directory, one
 * record per finished run, written atomically; reading checks the format and that the record's
 * spec has the identity of its name.</li>
 * <li>{@link org.rnnlab.experiment.DurableStudy}: the runs of a study on a directory: records
 * already there are read back, the remaining runs go to a {@code StudyRunner}, each record is
 * written as its run arrives, so a killed study resumes where it stopped.</li>
 * </ul>
 *
 * <p>Depends on {@code task}, {@code train}, {@code diagnostics}, {@code model}, {@code cell},
 * {@code clip}, {@code optim}, {@code activation}, {@code init}, {@code data}, {@code name},
 * {@code io}, {@code provenance} and {@code tensor} (the kernel choice), Jackson, and Spark in one
 * class; {@code report} and the command line use it.
 */
package org.rnnlab.experiment;
