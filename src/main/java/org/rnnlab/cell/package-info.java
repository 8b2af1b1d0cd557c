/**
 * Recurrent cells ({@link org.rnnlab.cell.Cell}): the Elman RNN with any activation, the LSTM and
 * the GRU in PyTorch's conventions, each with its forward step and exact backward step side by side,
 * and the per-unroll caches they reuse ({@link org.rnnlab.cell.CellWorkspace}).
 */
package org.rnnlab.cell;
