/**
 * Gradient clipping as links of the optimiser chain: by global norm
 * ({@link org.rnnlab.clip.ClipByGlobalNorm}, PyTorch's {@code clip_grad_norm_} rule), by norm per
 * parameter, by value, and the policy for non-finite gradients
 * ({@link org.rnnlab.clip.GuardNonFinite}), which stops training by recording a stop in the
 * {@link org.rnnlab.optim.StepInfo}, not by throwing. The guard and the L2 clipping links read the
 * gradient norms the step measured once ({@link org.rnnlab.optim.StepInfo#updateNorm}).
 */
package org.rnnlab.clip;
