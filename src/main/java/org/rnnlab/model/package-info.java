/**
 * Models: stacked recurrent layers and a linear head, their forward pass and backprop-through-time
 * over a window, and model files.
 *
 * <h2>Classes</h2>
 * <ul>
 * <li>{@link org.rnnlab.model.SequenceModel}: the network. Layer {@code l} is a
 * {@link org.rnnlab.cell.Cell} reading layer {@code l−1}'s hidden states (layer 0 reads the input);
 * the head {@code y = f(W h + b)} ({@code Head}) reads the top layer's last state or every state,
 * and an optional {@code Highway} (LSTNet's linear autoregressive term, zero at the start, so it
 * takes nothing from the seed's stream) adds {@code Σ_k W_k x_{T−K+k}} on the window's last inputs.
 * {@code lossAndGradient} trains, {@code predict} and {@code loss} evaluate; {@code forward} and
 * {@code backward} are the steps they are made of, for diagnostics that need the caches. A model
 * owns its workspaces and product kernel and is not thread-safe: parallel work runs one model per
 * thread.</li>
 * <li>{@link org.rnnlab.model.ModelConfig}: cell, activation, sizes, layers, task shape, loss,
 * output activation, the LSTM forget bias, the normalisation inside the cells and the highway's steps, validated; {@link org.rnnlab.model.TaskShape}:
 * many-to-one or many-to-many.</li>
 * <li>{@link org.rnnlab.model.Initialization}: the initialisers of {@code W_ih} and {@code W_hh}
 * and the seed. One seeded generator fills the layers bottom first, then the head, which always
 * starts as PyTorch's {@code nn.Linear} does, U(−1/√H, 1/√H): same seed, same bits.</li>
 * <li>{@link org.rnnlab.model.Bptt}: full or truncated backprop-through-time.</li>
 * <li>{@link org.rnnlab.model.Unroll}: the memory of a whole model for one window shape
 * {@code steps × batch} (one cell workspace per layer, the head's outputs and gradients), made once
 * per shape and cached by the model, so training allocates nothing per batch once every shape has
 * been seen.</li>
 * <li>{@link org.rnnlab.model.ModelFile}: the JSON model file ({@code "format": "rnnlab-model"},
 * version 1: {@code "config"} written by {@code ModelConfigJson} with PyTorch's snake_case keys,
 * {@code "normalization"}, an optional {@code "metadata"}, {@code "parameters"} and, for an ensemble,
 * {@code "members"}), written atomically and read with a message naming any missing, unknown,
 * misshapen or non-finite parameter.</li>
 * </ul>
 *
 * <h2>Layout and names</h2>
 * The {@code tensor} package's layout, features × batch with time stacked in columns: a batch of
 * {@code B} windows of {@code T} steps is {@code x} of {@code D × T·B}, step {@code t} being the
 * column block {@code [t·B, (t+1)·B)}; targets are {@code rows × B} (many-to-one) or
 * {@code rows × T·B} (many-to-many), and so are the head's outputs ({@code O} rows; logits for the
 * classification losses). Parameters have PyTorch's {@code state_dict} names, shapes and order,
 * layer by layer and then the head: {@code weight_ih_lk} {@code [G·H × D]} ({@code H} inputs above
 * layer 0), {@code weight_hh_lk} {@code [G·H × H]}, {@code bias_ih_lk} and {@code bias_hh_lk}
 * {@code [G·H]}, then {@code head.weight [O × H]} and {@code head.bias [O]}; a PReLU activation adds
 * {@code activation_lk.weight [H]}. So a model file loads into {@code nn.RNN}, {@code nn.LSTM} or
 * {@code nn.GRU} plus an {@code nn.Linear} called {@code head}. A layer-normalised model
 * ({@link org.rnnlab.model.ModelConfig#norm()} {@code layer}, {@code "norm": "layer"} in the file)
 * adds {@code norm_ih_lk.weight} and {@code norm_hh_lk.weight} {@code [G·H]} after each layer's four
 * (and the LSTM's {@code norm_c_lk.weight}, {@code norm_c_lk.bias} {@code [H]}), before any PReLU
 * slope; {@code torch.nn} has no module for it, so the file says so in {@code "pytorch"} and names
 * the PyTorch module that loads it ({@code src/test/resources/golden/ln_cells.py}).
 *
 * <h2>Gates</h2>
 * {@code G} is 1 for the Elman RNN ({@code h_t = f(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)}), 4 for
 * the LSTM in PyTorch's order {@code i|f|g|o} (its forget-gate bias starts at
 * {@link org.rnnlab.model.ModelConfig#forgetBias()}, 1 by default, in {@code bias_ih}), and 3 for
 * the GRU in the order {@code r|z|n} with {@code n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))} and
 * {@code h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}}. The equations of each step and its adjoint are in the
 * cell classes.
 *
 * <h2>Backprop-through-time</h2>
 * {@code lossAndGradient} starts every sequence from zero states, runs the window forward layer by
 * layer (each layer over all steps, then the next), applies the head, and takes the loss as a mean
 * in PyTorch's {@code reduction='mean'} sense over the whole window. Backward runs the head, then
 * the layers top down, each from the last step to the first, and <em>adds</em> every parameter's
 * gradient to its gradient store: the caller zeroes them first ({@code zeroGrad}). With
 * {@link org.rnnlab.model.Bptt#truncated truncation k} the window runs in consecutive chunks of
 * {@code k} steps with the state carried across; gradients flow back within a chunk only (every
 * chunk's for many-to-many, the last chunk's for many-to-one) and add up into one update, while the
 * loss stays the same mean over the window. {@code predict} runs in the same chunks, so evaluation
 * needs no more memory than training. After a backward pass the last unroll
 * ({@code lastUnroll}) keeps the caches and the gradients per time step that the {@code diagnostics}
 * package reads ({@code diagnostics.TimeGradients.fromLastBackward}).
 *
 * <p>Depends on {@code cell}, {@code activation}, {@code init}, {@code tensor}, {@code loss} and, for
 * files, {@code io}, {@code error}, {@code name} and {@code text}; {@code train}, {@code diagnostics}
 * and everything above use it.
 */
package org.rnnlab.model;
