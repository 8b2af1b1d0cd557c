package org.rnnlab.cell;

import org.rnnlab.tensor.MatMul;

/**
 * Which products the cells without layer norm run step by step rather than once over the window,
 * by the kernel's {@link MatMul#smallProductsFast} (the rule {@code tensor/package-info.java}
 * measures): the input side {@code W_ih·x_t} and {@code dW_ih += dz_t·x_tᵀ} for few input features,
 * and {@code dW_hh += dz_t·h_{t−1}ᵀ} with the bias sums from a batch of {@value #PER_STEP_MIN_BATCH}
 * on. One place for the rule, so that {@code bench}'s product rates time what training multiplies.
 */
public final class ProductPlan {

    /** The most input features that go step by step. */
    public static final int STEP_INPUT_MAX = 16;
    /** The smallest batch for which dW_hh and the bias sums are accumulated step by step. */
    public static final int PER_STEP_MIN_BATCH = 16;

    private ProductPlan() {
    }

    /** True when {@code W_ih·x_t} (G·H × B × D) runs step by step, into each step's block while it is in cache. */
    public static boolean inputsStepwise(MatMul mm, int gates, int hidden, int inputs, int batch) {
        return inputs <= STEP_INPUT_MAX && mm.smallProductsFast(gates * hidden, batch);
    }

    /** True when {@code dW_hh += dz_t·h_{t−1}ᵀ} (G·H × H × B) runs step by step, while dz_t is in cache. */
    public static boolean weightGradientsStepwise(MatMul mm, int gates, int hidden, int batch) {
        return batch >= PER_STEP_MIN_BATCH && mm.smallProductsFast(gates * hidden, hidden);
    }
}
