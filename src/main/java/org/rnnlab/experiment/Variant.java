package org.rnnlab.experiment;

import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.activation.Identity;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.clip.Clipping;
import org.rnnlab.init.Initializer;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.task.Task;

/**
 * A full training recipe compared in a study: the cell and its activation, how the weights start,
 * the optimiser with its learning rate, and the clipping rule.
 *
 * @param name          how reports call it ("tanh-clip1")
 * @param cell          rnn, lstm or gru
 * @param activation    the rnn cell's hidden activation (tanh for the gated cells)
 * @param inputInit     initialiser of W_ih
 * @param recurrentInit initialiser of W_hh
 * @param optimizer     optimiser and learning-rate schedule
 * @param clipping      the clipping rule
 * @param norm          normalisation inside the cells: none, or layer normalisation
 */
public record Variant(String name, CellType cell, Activation activation, Initializer inputInit, Initializer recurrentInit,
        OptimizerConfig optimizer, Clipping clipping, Norm norm) {

    public Variant {
        if (name == null || !name.matches("[A-Za-z0-9._+-]+")) {
            throw new IllegalArgumentException("a variant name must be letters, digits, '.', '_', '+' or '-', got '" + name + "'");
        }
        if (cell == null || activation == null || inputInit == null || recurrentInit == null || optimizer == null
                || clipping == null || norm == null) {
            throw new IllegalArgumentException("variant " + name
                    + ": cell, activation, initialisers, optimizer, clipping and norm are required");
        }
        if (cell != CellType.RNN && activation.kind() != ActivationKind.TANH) {
            throw new IllegalArgumentException("variant " + name + ": activation " + activation.label() + " applies only to rnn cells");
        }
    }

    /** A variant without normalisation inside the cells. */
    public Variant(String name, CellType cell, Activation activation, Initializer inputInit, Initializer recurrentInit,
            OptimizerConfig optimizer, Clipping clipping) {
        this(name, cell, activation, inputInit, recurrentInit, optimizer, clipping, Norm.NONE);
    }

    public Variant withNorm(Norm value) {
        return new Variant(name, cell, activation, inputInit, recurrentInit, optimizer, clipping, value);
    }

    public Variant withName(String value) {
        return new Variant(value, cell, activation, inputInit, recurrentInit, optimizer, clipping, norm);
    }

    public Variant withClipping(Clipping value) {
        return new Variant(name, cell, activation, inputInit, recurrentInit, optimizer, value, norm);
    }

    public Variant withOptimizer(OptimizerConfig value) {
        return new Variant(name, cell, activation, inputInit, recurrentInit, value, clipping, norm);
    }

    public Variant withActivation(Activation value) {
        return new Variant(name, cell, value, inputInit, recurrentInit, optimizer, clipping, norm);
    }

    public Variant withCell(CellType value) {
        return new Variant(name, value, value == CellType.RNN ? activation : ActivationKind.TANH.create(), inputInit,
                recurrentInit, optimizer, clipping, norm);
    }

    public Variant withInputInit(Initializer value) {
        return new Variant(name, cell, activation, value, recurrentInit, optimizer, clipping, norm);
    }

    public Variant withRecurrentInit(Initializer value) {
        return new Variant(name, cell, activation, inputInit, value, optimizer, clipping, norm);
    }

    /**
     * This variant's network for {@code task}: its cell and activation, {@code hidden} units in each of
     * {@code layers} layers (normalised as the variant says), and a linear head with the task's
     * outputs, shape and loss (forget bias 1).
     */
    public ModelConfig modelConfig(Task task, int hidden, int layers) {
        return new ModelConfig(cell, activation, task.inputSize(), hidden, layers, task.outputSize(), task.shape(),
                task.loss(), new Identity(), 1.0, norm);
    }

    /** This variant's initialisers, drawing with {@code seed}. */
    public Initialization initialization(long seed) {
        return new Initialization(inputInit, recurrentInit, seed);
    }

    /**
     * One line for reports: "rnn tanh, W_hh orthogonal(1.0), sgd lr 0.01, clip global_norm(1.0)", with
     * ", layer norm" after the cell when it has one.
     */
    public String describe() {
        String lr = optimizer.schedule() instanceof org.rnnlab.optim.Schedule.Constant c ? " lr " + c.rate() : " " + optimizer.schedule();
        return (cell == CellType.RNN ? "rnn " + activation.label() : cell.id()) + (norm == Norm.LAYER ? ", layer norm" : "")
                + ", W_ih " + inputInit.label() + ", W_hh "
                + recurrentInit.label() + ", " + optimizer.kind().id() + lr + ", clip " + clipping.label();
    }
}
