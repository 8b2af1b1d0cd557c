package org.rnnlab.model;

import java.util.List;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * A linear autoregressive term on the last {@code K} input steps, added to the head's
 * pre-activation: LSTNet's "highway" (Lai et al. 2018, "Modeling long- and short-term temporal
 * patterns with deep neural networks", §3.6), the linear part that a small network trained on a
 * short series struggles to find through its recurrent state.
 *
 * <p>With {@code W = highway.weight [O × K·D]}, its column block {@code W_k [O × D]} for the
 * {@code k}-th of the last {@code K} steps (oldest first), and {@code x_t [D × B]} the input at
 * step {@code t} of a window of {@code T} steps:
 *
 * <pre>
 *   forward:  s += Σ_{k<K} W_k x_{T−K+k}
 *   backward: dW_k += ds x_{T−K+k}ᵀ,   dx_{T−K+k} += W_kᵀ ds
 * </pre>
 *
 * {@code W} starts at zero, so an untrained highway leaves the network as it is, and drawing it
 * takes nothing from the weights' random stream. In PyTorch it is an {@code nn.Linear(K·D, O,
 * bias=False)} called {@code highway} applied to {@code x[:, -K:, :].reshape(B, K·D)}.
 *
 * <p>The loops are plain: {@code O·K·D·B} multiply-adds once per window (not per time step), in a
 * fixed order, allocation-free.
 */
final class Highway {

    final Parameter weight;
    private final int steps;
    private final int inputs;

    Highway(int steps, int inputs, int outputs) {
        if (steps < 1) {
            throw new IllegalArgumentException("highway steps must be >= 1, got " + steps);
        }
        this.steps = steps;
        this.inputs = inputs;
        this.weight = Parameter.matrix("highway.weight", ParameterKind.HIGHWAY_WEIGHT, -1, outputs, steps * inputs);
    }

    List<Parameter> parameters() {
        return List.of(weight);
    }

    /** {@code s += Σ_k W_k x_{T−K+k}}; {@code x} is {@code D × T·B}, {@code s} is {@code O × B}. */
    void forward(Block x, Block s) {
        int batch = s.cols(), outputs = s.rows();
        int first = firstStep(x, batch);
        double[] w = weight.value().data, xs = x.data(), out = s.data();
        for (int k = 0; k < steps; k++) {
            int xk = x.offset() + (first + k) * batch * inputs;
            for (int b = 0; b < batch; b++) {
                int xb = xk + b * inputs, ob = s.offset() + b * outputs;
                for (int d = 0; d < inputs; d++) {
                    double v = xs[xb + d];
                    int wc = (k * inputs + d) * outputs;
                    for (int o = 0; o < outputs; o++) {
                        out[ob + o] += w[wc + o] * v;
                    }
                }
            }
        }
    }

    /**
     * {@code dW_k += ds x_{T−K+k}ᵀ}; when {@code dx} is not null also {@code dx_{T−K+k} += W_kᵀ ds}
     * ({@code dx} shaped as {@code x}).
     */
    void backward(Block x, Block ds, Block dx) {
        int batch = ds.cols(), outputs = ds.rows();
        int first = firstStep(x, batch);
        double[] w = weight.value().data, dw = weight.grad().data, xs = x.data(), g = ds.data();
        for (int k = 0; k < steps; k++) {
            int xk = (first + k) * batch * inputs;
            for (int b = 0; b < batch; b++) {
                int xb = xk + b * inputs, gb = ds.offset() + b * outputs;
                for (int d = 0; d < inputs; d++) {
                    double v = xs[x.offset() + xb + d];
                    int wc = (k * inputs + d) * outputs;
                    double back = 0.0;
                    for (int o = 0; o < outputs; o++) {
                        dw[wc + o] += g[gb + o] * v;
                        back += w[wc + o] * g[gb + o];
                    }
                    if (dx != null) {
                        dx.data()[dx.offset() + xb + d] += back;
                    }
                }
            }
        }
    }

    int steps() {
        return steps;
    }

    private int firstStep(Block x, int batch) {
        int windowSteps = x.cols() / batch;
        if (windowSteps < steps) {
            throw new IllegalArgumentException("the highway reads the last " + steps + " steps, but the window (or"
                    + " truncated-BPTT chunk) has " + windowSteps);
        }
        return windowSteps - steps;
    }
}
