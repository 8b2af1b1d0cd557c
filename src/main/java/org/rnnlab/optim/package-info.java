/**
 * Optimisers as composable gradient transforms ({@link org.rnnlab.optim.GradientTransform}, the
 * optax design): SGD, momentum, Nesterov, Adagrad, RMSprop and Adam are chains of small links
 * ending in {@link org.rnnlab.optim.ScaleByLearningRate}, with constant, step-decay, cosine and
 * warm-up {@link org.rnnlab.optim.Schedule}s. Clipping links (package {@code clip}) go in front.
 * The links of a step share one {@link org.rnnlab.optim.StepInfo}: the updates' norms, measured once,
 * and what each link did (clipped, the threshold it applied and the share of units it clipped, the
 * learning rate, a skipped step, a stop); step numbers in messages count from 1
 * ({@link org.rnnlab.optim.StepInfo#stepNumber()}).
 */
package org.rnnlab.optim;
