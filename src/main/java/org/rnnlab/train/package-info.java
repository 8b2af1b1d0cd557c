/**
 * Training: the BPTT loop ({@link org.rnnlab.train.Trainer}), its configuration, the listeners that
 * receive per-step and per-epoch metrics, divergence detection and early stopping.
 */
package org.rnnlab.train;
