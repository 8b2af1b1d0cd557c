package org.rnnlab.diagnostics;

import java.io.Serializable;
import java.util.Locale;

import org.rnnlab.name.Named;

/**
 * Where a step first produced a value that is NaN or ±Inf: which tensor, in which layer, at which
 * time step. Found by {@link NonFiniteLocator}.
 *
 * @param tensor   what kind of value
 * @param layer    the layer (0 is the bottom), or −1 for the input, the head, the loss and the global norm
 * @param timeStep the time step t = 1 … T, or 0 for a tensor of the whole window (weights, parameter gradients)
 * @param detail   the gate ("forget gate f") or the parameter's name ("weight_hh_l0"), or empty
 * @param value    the first non-finite value found (NaN, Infinity or -Infinity)
 */
public record NonFiniteSite(Tensor tensor, int layer, int timeStep, String detail, double value) implements Serializable {

    /** The kinds of value, in the order a training step computes them. */
    public enum Tensor implements Named {
        /** A parameter's value (the weights themselves). */
        WEIGHT,
        /** The input sequences. */
        INPUT,
        /** a_t = W_ih x_t + W_hh h_{t−1} + b of a vanilla cell. */
        PRE_ACTIVATION,
        /** A gate value of an LSTM (i|f|g|o) or GRU (r|z|n). */
        GATE,
        /** The LSTM's cell state c_t. */
        CELL_STATE,
        /** The hidden state h_t. */
        HIDDEN_STATE,
        /** The head's output (the prediction, or logits). */
        OUTPUT,
        /** The batch loss. */
        LOSS,
        /** ∂L/∂h_t arriving from above (the head or the layer above). */
        OUTPUT_GRADIENT,
        /** ∂L/∂a_t of a vanilla cell or ∂L/∂z_t of a gate pre-activation. */
        GATE_GRADIENT,
        /** A parameter's gradient (the window-wide products). */
        PARAMETER_GRADIENT,
        /** The global L2 norm of the gradient, though every element is finite. */
        GRADIENT_NORM;

        @Override
        public String toString() {
            return id();
        }
    }

    public NonFiniteSite {
        if (tensor == null) {
            throw new IllegalArgumentException("a site needs its tensor");
        }
        detail = detail == null ? "" : detail;
    }

    /** True for a site of the forward pass (the weights, the input and what they make, the loss included). */
    public boolean forward() {
        return tensor.ordinal() <= Tensor.LOSS.ordinal();
    }

    /** For people: "forget gate f (gate), layer 0, t = 17: NaN". */
    public String describe() {
        StringBuilder s = new StringBuilder(detail.isEmpty() ? tensor.id().replace('_', ' ') : detail + " (" + tensor.id().replace('_', ' ') + ")");
        if (layer >= 0) {
            s.append(", layer ").append(layer);
        }
        if (timeStep > 0) {
            s.append(", t = ").append(timeStep);
        }
        return s.append(": ").append(String.format(Locale.ROOT, "%s", value)).toString();
    }
}
