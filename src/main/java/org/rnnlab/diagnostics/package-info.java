/**
 * Gradient and unit diagnostics: per-time-step gradient norms
 * ({@link org.rnnlab.diagnostics.TimeGradients}), saturation, dead units, spectral radius and the
 * product of recurrent gains along time ({@link org.rnnlab.diagnostics.Health}), and the size of the
 * forward state, max |h| and mean ‖h_t‖ per layer and the same of an LSTM's c_t
 * ({@link org.rnnlab.diagnostics.StateMagnitude}, read from the last forward pass).
 *
 * <p>{@link org.rnnlab.diagnostics.JacobianFlow}: per layer and lag k, the spectral norm (power
 * iteration) and the Frobenius norm of ∂h_T/∂h_{T−k}, made exactly by the cell's own backward pass from
 * the identity at h_T (each sequence repeated H times in the batch), with the layer's input and the
 * LSTM's c_{T−k} held fixed; checked against finite differences.
 *
 * <p>First-NaN forensics: {@link org.rnnlab.diagnostics.NonFiniteLocator} re-runs one step's forward
 * and backward pass on the weights and batch that diverged and returns the first NaN or ±Inf as a
 * {@link org.rnnlab.diagnostics.NonFiniteSite} (tensor, layer, time step, gate or parameter), in the
 * order the step computes them. It is called only once a run has diverged (through
 * {@code train.TrainingListener.onDiverged}), so finite runs pay nothing.
 *
 * <p>Reads models (and runs them forward and backward on workspaces of its own or the model's); never
 * imports {@code train}, {@code experiment} or {@code cli}.
 */
package org.rnnlab.diagnostics;
