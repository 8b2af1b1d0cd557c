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
 */
package org.rnnlab.train;
