package org.rnnlab.cell;

import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.init.Initializer;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * The four parameters every cell has, named as PyTorch names them ({@code weight_ih_l0},
 * {@code weight_hh_l0}, {@code bias_ih_l0}, {@code bias_hh_l0}), and the two window-wide products
 * around the time loop that are the same for every cell: the input projection before it and the
 * weight gradients after it.
 */
final class CellParameters {

    final int gates;
    final int inputSize;
    final int hidden;
    final Parameter weightIh;
    final Parameter weightHh;
    final Parameter biasIh;
    final Parameter biasHh;
    /** The bias gradients' row sums of dz and (when it differs, in the GRU) of dzh. */
    private final double[] rowSums;
    private final double[] rowSumsH;
    /** {@code b_ih + b_hh}, summed once per forward pass ({@link #projectInputs}) for {@link #recurrentProduct}. */
    private final double[] biasSum;
    /** Whether this backward pass accumulates dW_hh and the bias gradients step by step ({@link #accumulateStep}). */
    private boolean perStep;
    /** A copy of {@code W_hhᵀ} (H × G·H) for the backward pass; see {@link #prepareBackward}. */
    private final R064Store weightHhT;
    private final Block weightHhTBlock;
    private boolean backwardOnCopy;

    CellParameters(int layer, int gates, int inputSize, int hidden) {
        if (layer < 0 || inputSize < 1 || hidden < 1) {
            throw new IllegalArgumentException("a cell needs layer >= 0, inputSize >= 1 and hiddenSize >= 1, got layer "
                    + layer + ", inputSize " + inputSize + ", hiddenSize " + hidden);
        }
        this.gates = gates;
        this.inputSize = inputSize;
        this.hidden = hidden;
        String l = "_l" + layer;
        this.weightIh = Parameter.matrix("weight_ih" + l, ParameterKind.WEIGHT_IH, layer, gates * hidden, inputSize);
        this.weightHh = Parameter.matrix("weight_hh" + l, ParameterKind.WEIGHT_HH, layer, gates * hidden, hidden);
        this.biasIh = Parameter.vector("bias_ih" + l, ParameterKind.BIAS_IH, layer, gates * hidden);
        this.biasHh = Parameter.vector("bias_hh" + l, ParameterKind.BIAS_HH, layer, gates * hidden);
        this.rowSums = new double[gates * hidden];
        this.rowSumsH = new double[gates * hidden];
        this.biasSum = new double[gates * hidden];
        this.weightHhT = R064Store.FACTORY.make(hidden, (long) gates * hidden);
        this.weightHhTBlock = Block.of(weightHhT);
    }

    List<Parameter> list() {
        return List.of(weightIh, weightHh, biasIh, biasHh);
    }

    /** Each H-row gate block of the weights drawn separately; biases set to zero. */
    void initialize(Initializer inputInit, Initializer recurrentInit, Random rng) {
        fillGateBlocks(weightIh.value(), inputInit, inputSize, rng);
        fillGateBlocks(weightHh.value(), recurrentInit, hidden, rng);
        java.util.Arrays.fill(biasIh.value().data, 0.0);
        java.util.Arrays.fill(biasHh.value().data, 0.0);
    }

    private void fillGateBlocks(R064Store weight, Initializer init, int columns, Random rng) {
        R064Store block = R064Store.FACTORY.make(hidden, columns);
        for (int g = 0; g < gates; g++) {
            init.fill(block, new Initializer.Fans(columns, hidden, hidden), rng);
            for (int j = 0; j < columns; j++) {
                System.arraycopy(block.data, j * hidden, weight.data, j * gates * hidden + g * hidden, hidden);
            }
        }
    }

    /**
     * {@code gates = W_ih·x}: the input side of every step's pre-activations, for the whole window in
     * one product, or, when {@code stepwise} is allowed (no layer norm), the input has at most
     * {@value ProductPlan#STEP_INPUT_MAX} features and the kernel multiplies small matrices fast, step by step
     * ({@link #projectStep}) from a copy of x in the workspace: then the step's block is written once,
     * in cache, rather than a G·H × T·B store before the loop, and dW_ih is summed step by step too
     * ({@link #accumulateStep}). The same bits either way on that kernel. The biases are added step by
     * step ({@link #recurrentProduct}), while the step's block is in cache.
     */
    void projectInputs(Block x, CellWorkspace ws, MatMul mm, boolean stepwise) {
        ws.stepInputs = stepwise && ProductPlan.inputsStepwise(mm, gates, hidden, x.rows(), ws.batch);
        if (ws.stepInputs) {
            ws.copyOfInputs(x);
        } else {
            mm.gemm(false, weightIh.valueBlock(), false, x, 0.0, ws.gates.all());
        }
        double[] bi = biasIh.value().data, bh = biasHh.value().data;
        for (int i = 0; i < biasSum.length; i++) {
            biasSum[i] = bi[i] + bh[i];
        }
    }

    /** {@code z = W_ih·x_t} into step t's block when the inputs go step by step; otherwise z holds it already. */
    void projectStep(MatMul mm, CellWorkspace ws, int t, Block z) {
        if (ws.stepInputs) {
            mm.gemm(false, weightIh.valueBlock(), false, ws.inputs.at(t), 0.0, z);
        }
    }

    /**
     * {@code z += W_hh·hPrev + (b_ih + b_hh)} on a step's block that holds {@code W_ih x_t}: the
     * product and then the biases on every column, as one call, which the small-product kernel runs
     * in one pass (the same bits as the product followed by a loop adding the biases).
     */
    void recurrentProduct(MatMul mm, Block hPrev, Block z) {
        mm.gemmPlusColumn(weightHh.valueBlock(), hPrev, 1.0, biasSum, z);
    }

    /** {@code z = W_ih·x_t + b_ih} (the GRU's input side): {@link #projectStep} and {@link #addInputBias} in one call. */
    void projectStepWithInputBias(MatMul mm, CellWorkspace ws, int t, Block z) {
        if (ws.stepInputs) {
            mm.gemmPlusColumn(weightIh.valueBlock(), ws.inputs.at(t), 0.0, biasIh.value().data, z);
        } else {
            addInputBias(z);
        }
    }

    /** {@code z += b_ih} on every column of a step's block. */
    private void addInputBias(Block z) {
        double[] zd = z.data(), bi = biasIh.value().data;
        for (int j = 0, rows = gates * hidden, cols = z.cols(); j < cols; j++) {
            for (int i = 0, o = z.columnOffset(j); i < rows; i++) {
                zd[o + i] += bi[i];
            }
        }
    }

    /**
     * Readies {@link #backpropRecurrent} for a backward pass over {@code steps} steps: for more than a
     * few steps it copies {@code W_hh} into {@code W_hhᵀ} (H × G·H) once, so that every step's
     * product multiplies a plain matrix, which BLAS does markedly faster than a transposed one at
     * these shapes (about 25 against 39 GFLOP/s at H = 128, B = 32; the copy costs less than one
     * step's product).
     */
    void prepareBackward(int steps) {
        perStep = false;
        backwardOnCopy = steps >= 4;
        if (!backwardOnCopy) {
            return;
        }
        double[] w = weightHh.value().data, wt = weightHhT.data;
        int rows = gates * hidden, cols = hidden, tile = 16; // 16 × 16 tiles, writes contiguous: fastest measured
        for (int i0 = 0; i0 < rows; i0 += tile) {
            for (int j0 = 0; j0 < cols; j0 += tile) {
                for (int i = i0, ie = Math.min(i0 + tile, rows); i < ie; i++) {
                    for (int j = j0, je = Math.min(j0 + tile, cols); j < je; j++) {
                        wt[j + i * cols] = w[i + j * rows];
                    }
                }
            }
        }
    }

    /**
     * {@link #prepareBackward} for a cell without layer norm, which calls {@link #accumulateStep}
     * after each step's gradients: when the kernel multiplies {@code G·H × B} by {@code B × H} fast
     * ({@link MatMul#smallProductsFast}) and the batch has at least {@value ProductPlan#PER_STEP_MIN_BATCH}
     * sequences, dW_hh and the bias gradients are summed step by step, while dz_t is in cache,
     * instead of by one product over the window after the loop.
     */
    void prepareBackward(int steps, int batch, MatMul mm) {
        prepareBackward(steps);
        perStep = ProductPlan.weightGradientsStepwise(mm, gates, hidden, batch);
        if (perStep) {
            java.util.Arrays.fill(rowSums, 0.0);
            java.util.Arrays.fill(rowSumsH, 0.0);
        }
    }

    /**
     * After step t's gradients dz_t (dzh_t) are known, when accumulating step by step:
     * {@code dW_hh += dzh_t·h_{t-1}ᵀ}, {@code dW_ih += dz_t·x_tᵀ} when the inputs went step by step
     * ({@link #projectInputs}), and the row sums of dz_t (dzh_t) for the biases.
     */
    void accumulateStep(CellWorkspace ws, int t, MatMul mm) {
        if (!perStep) {
            return;
        }
        Block dz = ws.dz.at(t), dzh = ws.dzh().at(t);
        mm.gemm(false, dzh, true, ws.h.at(t), 1.0, weightHh.gradBlock());
        if (ws.stepInputs) {
            mm.gemm(false, dz, true, ws.inputs.at(t), 1.0, weightIh.gradBlock());
        }
        addColumns(dz, rowSums);
        if (dzh != dz) {
            addColumns(dzh, rowSumsH);
        }
    }

    /** {@code dhNext = W_hhᵀ·dz + beta·dhNext}, the gradient through the recurrence (see {@link #prepareBackward}). */
    void backpropRecurrent(MatMul mm, Block dz, double beta, Block dhNext) {
        if (backwardOnCopy) {
            mm.gemm(false, weightHhTBlock, false, dz, beta, dhNext);
        } else {
            mm.gemm(true, weightHh.valueBlock(), false, dz, beta, dhNext);
        }
    }

    /**
     * After the time loop: {@code dW_ih += dz·xᵀ}, {@code dW_hh += dzh·H_prevᵀ}, the biases' row sums,
     * and {@code dx = W_ihᵀ·dz} when {@code dx} is not null ({@code dzh} is {@code dz} but in the GRU).
     */
    void accumulateGradients(Block x, CellWorkspace ws, Block dx, MatMul mm) {
        Block dz = ws.dz.all(), dzh = ws.dzh().all();
        boolean shared = dzh == dz;
        if (perStep) {
            if (!ws.stepInputs) {
                mm.gemm(false, dz, true, x, 1.0, weightIh.gradBlock());
            }
            if (dx != null) {
                mm.gemm(true, weightIh.valueBlock(), false, dz, 0.0, dx);
            }
        } else {
            accumulateWeightGradients(x, dz, dzh, ws.previousStates(), dx, mm);
            java.util.Arrays.fill(rowSums, 0.0);
            addColumns(dz, rowSums);
            if (!shared) {
                java.util.Arrays.fill(rowSumsH, 0.0);
                addColumns(dzh, rowSumsH);
            }
        }
        addTo(rowSums, biasIh.grad().data, shared ? biasHh.grad().data : null);
        if (!shared) {
            addTo(rowSumsH, biasHh.grad().data, null);
        }
    }

    /**
     * The products of {@link #accumulateGradients} without the biases: {@code dW_ih += dz·xᵀ},
     * {@code dW_hh += dzh·hPrevᵀ} and {@code dx = W_ihᵀ·dz} when {@code dx} is not null.
     */
    void accumulateWeightGradients(Block x, Block dz, Block dzh, Block hPrev, Block dx, MatMul mm) {
        mm.gemm(false, dz, true, x, 1.0, weightIh.gradBlock());
        mm.gemm(false, dzh, true, hPrev, 1.0, weightHh.gradBlock());
        if (dx != null) {
            mm.gemm(true, weightIh.valueBlock(), false, dz, 0.0, dx);
        }
    }

    /** {@code sums[i] += Σ_j m[i, j]}, column by column. */
    private static void addColumns(Block m, double[] sums) {
        double[] d = m.data();
        int rows = m.rows();
        for (int j = 0; j < m.cols(); j++) {
            StepLoops.add(sums, 0, d, m.columnOffset(j), sums, 0, rows);
        }
    }

    /** Adds {@code sums} to {@code target}, and to {@code alsoTarget} when it is not null. */
    private static void addTo(double[] sums, double[] target, double[] alsoTarget) {
        for (int i = 0; i < sums.length; i++) {
            target[i] += sums[i];
            if (alsoTarget != null) {
                alsoTarget[i] += sums[i];
            }
        }
    }
}
