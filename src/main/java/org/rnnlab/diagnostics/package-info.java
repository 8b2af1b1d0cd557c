/**
 * Gradient and unit diagnostics: per-time-step gradient norms
 * ({@link org.rnnlab.diagnostics.TimeGradients}), saturation, dead units, spectral radius and the
 * product of recurrent gains along time ({@link org.rnnlab.diagnostics.Health}), and the size of the
 * forward state, max |h| and mean ‖h_t‖ per layer and the same of an LSTM's c_t
 * ({@link org.rnnlab.diagnostics.StateMagnitude}, read from the last forward pass). Reads models; never
 * imports {@code train}, {@code experiment} or {@code cli}.
 */
package org.rnnlab.diagnostics;
