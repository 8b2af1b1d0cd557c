/**
 * Activation functions: value and exact derivative of every hidden and output nonlinearity of the
 * vanishing/exploding-gradient literature ({@link org.rnnlab.activation.Activation}), and the fast
 * gate nonlinearities of the LSTM and GRU ({@link org.rnnlab.activation.Gates}).
 */
package org.rnnlab.activation;
