/**
 * Optimisers as composable gradient transforms ({@link org.rnnlab.optim.GradientTransform}, the
 * optax design): SGD, momentum, Nesterov, Adagrad, RMSprop and Adam are chains of small links
 * ending in {@link org.rnnlab.optim.ScaleByLearningRate}, with constant, step-decay, cosine and
 * warm-up {@link org.rnnlab.optim.Schedule}s. Clipping links (package {@code clip}) go in front.
 * The links of a step share one {@link org.rnnlab.optim.StepInfo}: the updates' norms, measured once,
 * and what each link did (clipped, the threshold it applied and the share of units it clipped, the
 * learning rate, a skipped step, a stop); step numbers in messages count from 1
 * ({@link org.rnnlab.optim.StepInfo#stepNumber()}).
 *
 * <p>A link's per-run state is a named record declared in the link's file ({@code ScaleByAdam.AdamState},
 * {@code Chain.ChainState}, ...), never a lambda capture: its first component is the link itself (its
 * hyper-parameters), its arrays hold what changes and are changed in place (a counter is a one-element
 * array), and nested states are {@code State}, {@code State[]} or {@code List<State>} components.
 * {@link org.rnnlab.optim.StateRecords} writes any such state to JSON and reads it back into a fresh
 * one through the record components, which is how checkpoints save a whole chain.
 */
package org.rnnlab.optim;
