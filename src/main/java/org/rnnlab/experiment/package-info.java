/**
 * Studies of the vanishing/exploding-gradient problem: many short training runs on synthetic tasks,
 * one per variant × sequence length × seed, and what each run leaves behind for the report.
 *
 * <h2>What runs</h2>
 * <ul>
 * <li>{@link org.rnnlab.experiment.Variant}: one training recipe (cell, activation, initialisers of
 * {@code W_ih} and {@code W_hh}, optimiser, clipping), which makes its {@code ModelConfig} and
 * {@code Initialization} for a task. {@link org.rnnlab.experiment.Variants} holds the named ones
 * ({@code tanh}, {@code tanh-clip1}, {@code relu}, {@code irnn}, {@code lstm}, {@code gru}, ...):
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
 * median gradient norm of a few unclipped probe steps from the same start), AutoClip or AGC.</li>
 * <li>{@link org.rnnlab.experiment.GainStudy}: the variants of the recurrent-gain study (tanh and
 * ReLU, W_hh ~ N(0, g²/H) at g = 1, 1.5, 2, unclipped and clipped at 1 and 5, plain SGD).</li>
 * </ul>
 *
 * <h2>The study runner</h2>
 * {@link org.rnnlab.experiment.Runner#run} runs the specs on a fixed pool of threads, longest first
 * (by {@link org.rnnlab.experiment.RunSpec#cost()}), each run single-threaded with its own model,
 * data and seeds, and returns the results in the order of the specs, so no number depends on the
 * thread count; a callback hears of each run as it finishes. {@link org.rnnlab.experiment.RunExecutor}
 * runs one spec from start to end: it draws the task's data, picks the automatic threshold if asked,
 * trains with {@code train.Trainer} for the step budget (full BPTT, non-finite gradients are errors),
 * measures ‖∂L/∂h_t‖ and the forward state's magnitude ({@code diagnostics.StateMagnitude}) on a
 * fixed probe batch of test sequences before, during (every {@code probeEvery} steps, when it also
 * checks the task's criterion on the test sequences, for the steps to success) and after training,
 * the network's health before and after, the test loss on the probe batch, and scores the task on
 * its test sequences. It never throws: divergence is an outcome and any other error a failed result carrying
 * its message, so a study always finishes its other runs.
 *
 * <h2>What a run leaves</h2>
 * {@link org.rnnlab.experiment.RunResult}: the status (completed, diverged, failed), the step of
 * divergence (0-based in the record, step + 1 for people) and its cause, the threshold used, the
 * task score and success, the outcome ({@link org.rnnlab.experiment.RunOutcome}: solved, learned,
 * baseline, state-exploded, diverged, failed, with its documented bounds), the test loss, the steps
 * to success, the per-step loss, gradient norms before and after clipping, applied threshold and
 * share of units clipped ({@link org.rnnlab.experiment.StepSeries}), the probes with the state
 * magnitude at each, and the health before and after. These records are all the {@code report} package reads; runs
 * execute in this process only.
 *
 * <p>Depends on {@code task}, {@code train}, {@code diagnostics}, {@code model}, {@code cell},
 * {@code clip}, {@code optim}, {@code activation}, {@code init}, {@code data} and {@code name};
 * {@code report} and the command line use it.
 */
package org.rnnlab.experiment;
