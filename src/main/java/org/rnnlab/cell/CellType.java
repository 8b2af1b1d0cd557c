package org.rnnlab.cell;

import java.util.Arrays;
import java.util.Optional;

/** The recurrent cells, with their number of gate blocks G (weights are G·H rows). */
public enum CellType {
    /** Elman RNN: h_t = f(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh). */
    RNN("rnn", 1),
    /** LSTM (Hochreiter and Schmidhuber 1997, with the forget gate of Gers et al. 2000), gates i|f|g|o. */
    LSTM("lstm", 4),
    /** GRU (Cho et al. 2014) in PyTorch's form, gates r|z|n. */
    GRU("gru", 3);

    private final String id;
    private final int gates;

    CellType(String id, int gates) {
        this.id = id;
        this.gates = gates;
    }

    public String id() {
        return id;
    }

    /** G: the number of H-row blocks in the weight matrices. */
    public int gates() {
        return gates;
    }

    public static Optional<CellType> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
