package org.rnnlab.model;

import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.activation.Identity;
import org.rnnlab.activation.Tanh;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.loss.LossKind;

/**
 * Everything needed to rebuild a model's structure (not its weights): the model file stores it.
 *
 * @param cell             rnn, lstm or gru
 * @param activation       the hidden activation of an rnn cell; lstm and gru use sigmoid gates and
 *                         tanh, so for them it must be tanh
 * @param inputSize        D, values per time step
 * @param hiddenSize       H, units per layer
 * @param layers           stacked recurrent layers, ≥ 1
 * @param outputSize       O, the head's outputs (classes for cross-entropy)
 * @param task             many-to-one or many-to-many
 * @param loss             the training loss
 * @param outputActivation applied to the head's output; only with MSE (the classification losses
 *                         apply their own softmax/sigmoid)
 * @param forgetBias       the LSTM's initial forget-gate bias (ignored by other cells)
 * @param norm             normalisation inside every recurrent layer: none, or layer normalisation
 *                         (Ba et al. 2016; needs hiddenSize ≥ 2, since one unit normalises to 0)
 * @param highway          K ≥ 0: a linear autoregressive term on the last K input steps added to the
 *                         head's output ({@link Highway}, LSTNet's highway); 0 for none. Many-to-one only
 */
public record ModelConfig(CellType cell, Activation activation, int inputSize, int hiddenSize, int layers,
        int outputSize, TaskShape task, LossKind loss, Activation outputActivation, double forgetBias, Norm norm,
        int highway) {

    public ModelConfig {
        if (cell == null || activation == null || task == null || loss == null || outputActivation == null
                || norm == null) {
            throw new IllegalArgumentException("cell, activation, task, loss, outputActivation and norm are required");
        }
        positive("inputSize", inputSize);
        positive("hiddenSize", hiddenSize);
        positive("layers", layers);
        positive("outputSize", outputSize);
        if (cell != CellType.RNN && activation.kind() != ActivationKind.TANH) {
            throw new IllegalArgumentException("activation " + activation.label() + " applies only to rnn cells; "
                    + cell.id() + " uses sigmoid gates and tanh");
        }
        if (outputActivation.learnable()) {
            throw new IllegalArgumentException("outputActivation cannot be " + outputActivation.label()
                    + ": learnable activations are for hidden layers");
        }
        if (loss != LossKind.MSE && outputActivation.kind() != ActivationKind.IDENTITY) {
            throw new IllegalArgumentException("outputActivation " + outputActivation.label() + " only goes with mse; "
                    + loss.id() + " applies its own output nonlinearity to the logits");
        }
        if (loss == LossKind.CROSS_ENTROPY && outputSize < 2) {
            throw new IllegalArgumentException("cross_entropy needs outputSize >= 2 classes, got " + outputSize);
        }
        if (!Double.isFinite(forgetBias)) {
            throw new IllegalArgumentException("forgetBias must be finite, got " + forgetBias);
        }
        if (norm == Norm.LAYER && hiddenSize < 2) {
            throw new IllegalArgumentException("norm layer needs hiddenSize >= 2 (one unit normalises to 0), got "
                    + hiddenSize);
        }
        if (highway < 0) {
            throw new IllegalArgumentException("highway must be >= 0 steps (0 for none), got " + highway);
        }
        if (highway > 0 && task != TaskShape.MANY_TO_ONE) {
            throw new IllegalArgumentException("a highway of " + highway + " steps needs a many-to-one task");
        }
    }

    /** A configuration without a highway. */
    public ModelConfig(CellType cell, Activation activation, int inputSize, int hiddenSize, int layers, int outputSize,
            TaskShape task, LossKind loss, Activation outputActivation, double forgetBias, Norm norm) {
        this(cell, activation, inputSize, hiddenSize, layers, outputSize, task, loss, outputActivation, forgetBias, norm,
                0);
    }

    /** A configuration without normalisation inside the cells. */
    public ModelConfig(CellType cell, Activation activation, int inputSize, int hiddenSize, int layers, int outputSize,
            TaskShape task, LossKind loss, Activation outputActivation, double forgetBias) {
        this(cell, activation, inputSize, hiddenSize, layers, outputSize, task, loss, outputActivation, forgetBias,
                Norm.NONE);
    }

    /** A regression model with the defaults: tanh, one layer, many-to-one, MSE, linear output, forget bias 1. */
    public static ModelConfig of(CellType cell, int inputSize, int hiddenSize, int outputSize) {
        return new ModelConfig(cell, new Tanh(), inputSize, hiddenSize, 1, outputSize, TaskShape.MANY_TO_ONE,
                LossKind.MSE, new Identity(), 1.0);
    }

    public ModelConfig withActivation(Activation value) {
        return new ModelConfig(cell, value, inputSize, hiddenSize, layers, outputSize, task, loss, outputActivation, forgetBias, norm, highway);
    }

    public ModelConfig withLayers(int value) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, value, outputSize, task, loss, outputActivation, forgetBias, norm, highway);
    }

    public ModelConfig withTask(TaskShape value) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, layers, outputSize, value, loss, outputActivation, forgetBias, norm, highway);
    }

    public ModelConfig withLoss(LossKind value) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, layers, outputSize, task, value, outputActivation, forgetBias, norm, highway);
    }

    public ModelConfig withOutputActivation(Activation value) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, layers, outputSize, task, loss, value, forgetBias, norm, highway);
    }

    public ModelConfig withForgetBias(double value) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, layers, outputSize, task, loss, outputActivation, value, norm, highway);
    }

    public ModelConfig withNorm(Norm value) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, layers, outputSize, task, loss, outputActivation,
                forgetBias, value, highway);
    }

    public ModelConfig withHighway(int steps) {
        return new ModelConfig(cell, activation, inputSize, hiddenSize, layers, outputSize, task, loss, outputActivation,
                forgetBias, norm, steps);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + value);
        }
    }
}
