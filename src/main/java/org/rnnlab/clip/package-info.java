/**
 * Gradient clipping as links of the optimiser chain: by global norm
 * ({@link org.rnnlab.clip.ClipByGlobalNorm}, PyTorch's {@code clip_grad_norm_} rule), by norm per
 * parameter, by value, and the policy for non-finite gradients
 * ({@link org.rnnlab.clip.GuardNonFinite}).
 */
package org.rnnlab.clip;
