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
 *
 * <h2>Element-wise loops and products</h2>
 * The cells' loops over a step's units ({@link org.rnnlab.cell.StepLoops}) run on the Vector API
 * ({@link org.rnnlab.cell.VectorStepLoops}) with the bits of their scalar forms. Without layer norm,
 * and on a kernel with fast small products, a step computes {@code W_ih x_t} into its own block from
 * a copy of the window's inputs (at most 16 features) and adds {@code W_hh h_{t-1}} and both biases in
 * one call ({@link org.rnnlab.tensor.MatMul#gemmPlusColumn}); backward, dW_ih and dW_hh are summed
 * step by step from B = 16 ({@code tensor} has the measurements). A many-to-one model's top layer
 * reads the head's gradient at its last step only ({@link org.rnnlab.cell.CellWorkspace#outputGradientOnlyAtLastStep}).
 *
 * <h2>Layer normalisation</h2>
 * Every cell takes a {@link org.rnnlab.cell.Norm}: {@code none}, or {@code layer} (Ba, Kiros and
 * Hinton 2016). {@link org.rnnlab.cell.LayerNorm} is the operation with its adjoint (per gate block
 * of H rows and per sequence: subtract the mean, divide by √(biased variance + 1e-5), times a gain,
 * plus a shift, as {@code torch.nn.LayerNorm}); {@link org.rnnlab.cell.CellNorms} applies it to both
 * sides of a cell's pre-activations, {@code γ_ih ⊙ norm(W_ih x_t) + b_ih} and
 * {@code γ_hh ⊙ norm(W_hh h_{t-1}) + b_hh}, so that each side's bias is its shift and the new
 * parameters are the gains {@code norm_ih_lK.weight}, {@code norm_hh_lK.weight} [G·H]; the LSTM also
 * normalises c_t before its tanh, with {@code norm_c_lK.weight} and {@code norm_c_lK.bias} [H]. The
 * input side is normalised for the whole window before the time loop and back-propagated after it;
 * the recurrent side step by step, from caches of norm(·) and 1/σ made with the workspace. Each
 * cell's Javadoc has its equations with layer norm. One consequence to know: with a single input
 * feature, {@code norm(W_ih x_t) = sign(x_t)·norm(W_ih)} whenever x_t²·var(a gate block of W_ih)
 * is well above ε, so the input side carries only the sign of x_t; layer norm is for inputs of
 * several features.
 */
package org.rnnlab.cell;
