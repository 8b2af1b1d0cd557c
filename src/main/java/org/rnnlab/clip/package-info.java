/**
 * Gradient clipping as links of the optimiser chain: by global norm
 * ({@link org.rnnlab.clip.ClipByGlobalNorm}, PyTorch's {@code clip_grad_norm_} rule), by norm per
 * parameter, by value, AutoClip ({@link org.rnnlab.clip.AutoClip}: τ from a percentile of the run's
 * own gradient norms, NumPy's percentile, in the paper's or the prior order, with an optional
 * bounded history), adaptive gradient clipping ({@link org.rnnlab.clip.AdaptiveClip}, AGC: each gate
 * row of W_ih and W_hh and each bias vector clipped relative to its weights' norm, the head left
 * alone by default), and the policy for non-finite gradients
 * ({@link org.rnnlab.clip.GuardNonFinite}), which stops training by recording a stop in the
 * {@link org.rnnlab.optim.StepInfo}, not by throwing. {@link org.rnnlab.clip.Clipping} is a run's
 * rule as a value, the link it makes going in front of the optimiser.
 *
 * <p>Every clipping link records, per step, the norms before and after, whether it clipped, the
 * threshold it applied and the share of its units it clipped
 * ({@link org.rnnlab.optim.StepInfo#recordThreshold}): τ and 0 or 1 for the global rules (the whole
 * gradient is one unit), the share of parameters (per parameter) or elements (value), AGC's λ and
 * the share of its units. The guard and the L2 clipping links read the gradient norms the step
 * measured once ({@link org.rnnlab.optim.StepInfo#updateNorm}).
 *
 * <p>The states of AutoClip and AGC are named records of plain components (numbers, arrays), as
 * every link's state is to be: {@code AutoClip.AutoClipState} keeps the history in arrival order and
 * sorted, mutated in place, so a step allocates nothing (an unbounded history doubles its arrays
 * when full).
 */
package org.rnnlab.clip;
