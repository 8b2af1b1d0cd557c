package org.rnnlab.cell;

import org.rnnlab.name.Named;

/**
 * Normalisation inside a recurrent cell: {@code none} (the plain cells, PyTorch's
 * {@code nn.RNN/LSTM/GRU}) or {@code layer}, layer normalisation of each gate block's input and
 * recurrent pre-activations (Ba, Kiros and Hinton 2016; the equations are in {@link LayerNorm} and
 * in each cell).
 */
public enum Norm implements Named {
    /** No normalisation. */
    NONE,
    /** Layer normalisation per gate block of W_ih x and W_hh h (and of c_t in the LSTM). */
    LAYER;

    @Override
    public String toString() {
        return id();
    }
}
