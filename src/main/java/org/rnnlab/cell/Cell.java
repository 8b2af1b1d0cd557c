package org.rnnlab.cell;

import java.util.List;
import java.util.Random;

import org.rnnlab.init.Initializer;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;

/**
 * One recurrent layer unrolled over a window: its parameters, the forward pass over all steps and
 * its exact adjoint, the backward pass (backprop-through-time). The three cells differ only in their
 * gates; each file shows one step forward and, right below it, the same step backward.
 *
 * <p>Shapes, with D inputs, H hidden units, G gate blocks, T steps and B sequences per batch:
 * {@code weight_ih} is {@code G·H × D}, {@code weight_hh} {@code G·H × H}, the biases {@code [G·H]};
 * the window's input {@code x} is {@code D × T·B} (see the {@code tensor} package for the layout).
 *
 * <p>Per window the work is: one product for all input projections {@code W_ih·X}, then per step one
 * recurrent product and element-wise gate math, and backwards per step one product
 * {@code W_hhᵀ·dZ_t}; the weight gradients are single products over all steps
 * ({@code dW_ih += dZ·Xᵀ}, {@code dW_hh += dZ·H_prevᵀ}).
 */
public sealed interface Cell permits VanillaCell, LstmCell, GruCell {

    CellType type();

    /** The normalisation inside the cell: none, or layer normalisation (see {@link CellNorms}). */
    Norm norm();

    int inputSize();

    int hiddenSize();

    /** The layer's index in the stack (0 is the bottom), used in parameter names ({@code _l0}). */
    int layer();

    /**
     * weight_ih, weight_hh, bias_ih, bias_hh, then with layer normalisation the gains norm_ih.weight,
     * norm_hh.weight (and the LSTM's norm_c.weight, norm_c.bias), then any learnable activation
     * parameter, in that order.
     */
    List<Parameter> parameters();

    /**
     * Draws fresh weights: {@code inputInit} for each gate block of {@code weight_ih},
     * {@code recurrentInit} for each gate block of {@code weight_hh}; biases start at zero except
     * the LSTM's forget gate; layer-normalisation gains start at 1 and shifts at 0.
     */
    void initialize(Initializer inputInit, Initializer recurrentInit, Random rng);

    /** Memory for windows of {@code steps × batch}; reuse it for every window of that shape. */
    CellWorkspace newWorkspace(int steps, int batch);

    /**
     * Runs the window forward from the initial state in {@code ws} ({@link CellWorkspace#initialState()}:
     * h_0, and c_0 for the LSTM), leaving h_1 … h_T in {@link CellWorkspace#outputs()}.
     *
     * @param x the inputs, {@code D × T·B}
     */
    void forward(Block x, CellWorkspace ws, MatMul mm);

    /**
     * Backprop-through-time over the window last run forward in {@code ws}: reads ∂L/∂h_t from
     * {@link CellWorkspace#outputGradient()}, <em>adds</em> the parameter gradients to the
     * parameters' gradient stores, leaves ∂L/∂h_0 (and ∂L/∂c_0) in the workspace
     * ({@link CellWorkspace#initialStateGradient()}) and, when
     * {@code dx} is not null, writes ∂L/∂x into it ({@code D × T·B}).
     */
    void backward(Block x, CellWorkspace ws, Block dx, MatMul mm);
}
