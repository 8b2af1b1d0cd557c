/**
 * Losses ({@link org.rnnlab.loss.Loss}): mean squared error, softmax cross-entropy and sigmoid
 * binary cross-entropy, each computed stably from the head's raw outputs with its gradient.
 */
package org.rnnlab.loss;
