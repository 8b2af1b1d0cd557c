/**
 * Recurrent cells ({@link org.rnnlab.cell.Cell}): the Elman RNN with any activation, the LSTM and
 * the GRU in PyTorch's conventions, each with its forward step and exact backward step side by side,
 * and the per-unroll caches they reuse ({@link org.rnnlab.cell.CellWorkspace}).
 *
 * <p>One naming rule throughout: a workspace field {@code X} is a quantity stored for every step of
 * the window ({@code h}, {@code c}, {@code gates}, {@code dz}, ...), {@code X.at(t)} its step view and
 * {@code X.offset(t, b)} where sequence {@code b} of step {@code t} starts in its array (the one way
 * offsets are computed); a gradient is {@code d} + the name of what it is the gradient of
 * ({@code dz}, {@code dhNext}, {@code dcNext}). The recurrent state a window starts from is
 * {@link org.rnnlab.cell.CellWorkspace#initialState()} for every cell; the LSTM's cell state has its
 * own accessors on {@link org.rnnlab.cell.LstmCell.Workspace}.
 */
package org.rnnlab.cell;
