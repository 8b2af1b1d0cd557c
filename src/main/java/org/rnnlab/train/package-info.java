/**
 * Training: the loop over epochs ({@link org.rnnlab.train.Trainer}) and its optimisation step
 * ({@code TrainingStep}: forward and BPTT, the gradient norm measured once and logged before
 * clipping, the non-finite guard, clipping, the update, the record; divergence is the step's
 * returned outcome), its configuration, the listeners that receive per-step and per-epoch metrics,
 * divergence detection and early stopping. A listener hears of the step that diverged, with its batch
 * and the weights it started from ({@code TrainingListener.onDiverged}), before that step's metrics,
 * so it can re-run the step (first-NaN forensics) at no cost to runs that stay finite. {@link org.rnnlab.train.Batch} copies sequences into the
 * tensor layout (the first n, or any run of them, in order); the epoch's shuffled mini-batches reuse
 * their stores.
 *
 * <p>Checkpoints ({@link org.rnnlab.train.Checkpointing}, {@link org.rnnlab.train.CheckpointFile},
 * {@code TrainerCheckpoint}): at the end of each epoch (of every few when epochs are short, so that
 * checkpoints take at most 5 % of the time), at the end, and within long epochs every N seconds, the
 * trainer saves its whole state — the weights, the guard's, clipping's and optimiser's state records
 * ({@code optim.StateRecords}), the shuffling generator ({@code RandomState}) and order, the position
 * in the epoch, the divergence reference, the best weights, and how far the metrics rows go in
 * their journal beside it ({@code MetricsJournal}: each checkpoint appends only the new rows) — and
 * a trainer whose checkpoint file exists continues from it, ending bit-identical to an uninterrupted run.
 * A trainer whose thread is interrupted stops before its next step with a
 * {@link java.util.concurrent.CancellationException}, saving nothing more. The
 * checkpoint names what it is for (rnnlab version, model, training configuration, data checksums),
 * and one made for anything else is refused with the first difference.
 */
package org.rnnlab.train;
