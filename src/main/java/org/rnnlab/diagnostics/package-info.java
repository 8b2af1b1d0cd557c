/**
 * Gradient and unit diagnostics: per-time-step gradient norms
 * ({@link org.rnnlab.diagnostics.TimeGradients}), saturation, dead units, spectral radius and the
 * product of recurrent gains along time ({@link org.rnnlab.diagnostics.Health}). Reads models; never
 * imports {@code train}, {@code experiment} or {@code cli}.
 */
package org.rnnlab.diagnostics;
