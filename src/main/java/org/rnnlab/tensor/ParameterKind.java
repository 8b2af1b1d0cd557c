package org.rnnlab.tensor;

/** What a parameter is for; diagnostics group by it and the non-finite policy treats kinds differently. */
public enum ParameterKind {
    /** Input-to-hidden weights {@code W_ih}. */
    WEIGHT_IH,
    /** Hidden-to-hidden (recurrent) weights {@code W_hh}. */
    WEIGHT_HH,
    /** Input-to-hidden bias {@code b_ih}. */
    BIAS_IH,
    /** Hidden-to-hidden bias {@code b_hh}. */
    BIAS_HH,
    /** A learnable activation parameter (PReLU's slopes). */
    ACTIVATION,
    /** A layer-normalisation gain or shift inside a cell ({@code norm_ih_l0.weight}, ...). */
    NORM,
    /** The linear head's weight. */
    HEAD_WEIGHT,
    /** The linear head's bias. */
    HEAD_BIAS,
    /** The linear autoregressive term on the last input steps, added to the head's output (LSTNet's highway). */
    HIGHWAY_WEIGHT;

    /** True for the output layer's parameters: the head and the highway beside it. */
    public boolean isOutputLayer() {
        return this == HEAD_WEIGHT || this == HEAD_BIAS || this == HIGHWAY_WEIGHT;
    }

    /** True for the recurrent weight matrix, the one that drives explosion and vanishing. */
    public boolean isRecurrentWeight() {
        return this == WEIGHT_HH;
    }
}
