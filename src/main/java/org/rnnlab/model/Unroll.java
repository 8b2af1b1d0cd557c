package org.rnnlab.model;

import java.util.List;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.Cell;
import org.rnnlab.cell.CellWorkspace;
import org.rnnlab.tensor.Block;

/**
 * The memory of a whole model for windows of {@code steps × batch}: one workspace per layer and the
 * head's outputs and gradients. Made once per window shape and reused, so training allocates
 * nothing per batch or per step once every shape has been seen.
 */
public final class Unroll {

    final int steps;
    final int batch;
    final CellWorkspace[] layers;
    /** The head's input: the top layer's last state (many-to-one) or all its states (many-to-many). */
    final Block headInput;
    /** Where ∂L/∂(head input) goes: the matching part of the top layer's output gradient. */
    final Block headInputGradient;
    final Block headPre;
    final Block headOut;
    final Block headGradient;
    private final int inputSize;
    private R064Store inputGradient;

    Unroll(List<Cell> cells, int outputs, TaskShape task, boolean linearHead, int steps, int batch) {
        this.steps = steps;
        this.batch = batch;
        this.layers = new CellWorkspace[cells.size()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = cells.get(l).newWorkspace(steps, batch);
        }
        this.inputSize = cells.get(0).inputSize();
        CellWorkspace top = layers[layers.length - 1];
        int positions = task == TaskShape.MANY_TO_ONE ? batch : steps * batch;
        if (task == TaskShape.MANY_TO_ONE) {
            headInput = top.hidden(steps);
            headInputGradient = top.outputGradient(steps);
        } else {
            headInput = top.outputs();
            headInputGradient = top.outputGradient();
        }
        headPre = Block.of(R064Store.FACTORY.make(outputs, positions));
        headOut = linearHead ? headPre : Block.of(R064Store.FACTORY.make(outputs, positions));
        headGradient = Block.of(R064Store.FACTORY.make(outputs, positions));
    }

    public int steps() {
        return steps;
    }

    public int batch() {
        return batch;
    }

    /** The workspace of layer {@code l} (0 is the bottom). */
    public CellWorkspace layer(int l) {
        return layers[l];
    }

    /** The head's outputs after the last forward pass: {@code O × B} or {@code O × T·B}. */
    public Block output() {
        return headOut;
    }

    /** ∂L/∂x of the last backward pass that asked for it ({@code D × T·B}). */
    public Block inputGradient() {
        if (inputGradient == null) {
            inputGradient = R064Store.FACTORY.make(inputSize, (long) steps * batch);
        }
        return Block.of(inputGradient);
    }

    /** Sets every layer's initial state (h_0, and c_0 for the LSTM) to zero. */
    public void zeroInitialState() {
        for (CellWorkspace ws : layers) {
            List<Block> state = ws.initialState();
            for (int i = 0; i < state.size(); i++) {
                state.get(i).zero();
            }
        }
    }

    /** Copies {@code previous}'s final states into this unroll's initial states (carrying the state across chunks). */
    public void carryStateFrom(Unroll previous) {
        for (int l = 0; l < layers.length; l++) {
            List<Block> from = previous.layers[l].finalState(), to = layers[l].initialState();
            for (int i = 0; i < to.size(); i++) {
                to.get(i).copyFrom(from.get(i));
            }
        }
    }
}
