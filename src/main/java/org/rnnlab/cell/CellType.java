package org.rnnlab.cell;

import org.rnnlab.name.Named;

/** The recurrent cells, with their number of gate blocks G (weights are G·H rows). */
public enum CellType implements Named {
    /** Elman RNN: h_t = f(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh). */
    RNN(1),
    /** LSTM (Hochreiter and Schmidhuber 1997, with the forget gate of Gers et al. 2000), gates i|f|g|o. */
    LSTM(4),
    /** GRU (Cho et al. 2014) in PyTorch's form, gates r|z|n. */
    GRU(3);

    private final int gates;

    CellType(int gates) {
        this.gates = gates;
    }

    /** G: the number of H-row blocks in the weight matrices. */
    public int gates() {
        return gates;
    }

    @Override
    public String toString() {
        return id();
    }
}
