package org.rnnlab.model;

import java.util.List;
import java.util.Random;

import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.init.Initializer;
import org.rnnlab.init.PyTorchDefault;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.tensor.ParameterKind;

/**
 * The linear read-out {@code y = f(W h + b [+ highway])} on the top layer's hidden states,
 * {@code W} being {@code head.weight [O × H]} and {@code b} {@code head.bias [O]}, f the output
 * activation, and the optional {@link Highway} a linear term on the window's last input steps.
 *
 * <pre>
 *   forward:  s = W h + b + Σ_k W_k x_{T−K+k},  y = f(s)
 *   backward: ds = dy ⊙ f'(s),  dW += ds hᵀ,  db += Σ ds,  dh = Wᵀ ds,  dW_k += ds x_{T−K+k}ᵀ
 * </pre>
 */
final class Head {

    final Parameter weight;
    final Parameter bias;
    private final Activation activation;
    private final boolean linear;
    private final Highway highway;

    /** {@code highwaySteps} 0 for no highway, else the input steps it reads ({@code inputs} values each). */
    Head(int hidden, int outputs, Activation activation, int highwaySteps, int inputs) {
        this.weight = Parameter.matrix("head.weight", ParameterKind.HEAD_WEIGHT, -1, outputs, hidden);
        this.bias = Parameter.vector("head.bias", ParameterKind.HEAD_BIAS, -1, outputs);
        this.activation = activation;
        this.linear = activation.kind() == ActivationKind.IDENTITY;
        this.highway = highwaySteps == 0 ? null : new Highway(highwaySteps, inputs, outputs);
    }

    /** head.weight, head.bias, and highway.weight when there is one (its zero start draws nothing). */
    List<Parameter> parameters() {
        return highway == null ? List.of(weight, bias) : List.of(weight, bias, highway.weight);
    }

    /** nn.Linear's default: weight and bias from U(−1/√H, 1/√H). */
    void initialize(Random rng) {
        int hidden = weight.shape()[1], outputs = weight.shape()[0];
        Initializer init = new PyTorchDefault();
        init.fill(weight.value(), new Initializer.Fans(hidden, outputs, hidden), rng);
        double bound = 1.0 / Math.sqrt(hidden);
        double[] b = bias.value().data;
        for (int i = 0; i < b.length; i++) {
            b[i] = bound * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    /**
     * {@code pre = W h + b}, plus the highway on the window {@code x} ({@code D × T·B}) when there
     * is one; {@code out = f(pre)} (the same block when f is the identity).
     */
    void forward(Block h, Block x, Block pre, Block out, MatMul mm) {
        mm.gemm(false, weight.valueBlock(), false, h, 0.0, pre);
        double[] s = pre.data(), b = bias.value().data;
        int rows = pre.rows();
        for (int j = 0; j < pre.cols(); j++) {
            int o = pre.offset() + j * rows;
            for (int i = 0; i < rows; i++) {
                s[o + i] += b[i];
            }
        }
        if (highway != null) {
            highway.forward(x, pre);
        }
        if (!linear) {
            activation.forward(pre, out, null);
        }
    }

    /** From {@code dOut = ∂L/∂y}: accumulates dW, db and writes {@code dh = Wᵀ ds} ({@code dOut} becomes ds). */
    void backward(Block h, Block pre, Block out, Block dOut, Block dh, MatMul mm) {
        if (!linear) {
            activation.backward(pre, out, dOut, dOut, null);
        }
        mm.gemm(false, dOut, true, h, 1.0, weight.gradBlock());
        double[] ds = dOut.data(), db = bias.grad().data;
        int rows = dOut.rows();
        for (int j = 0; j < dOut.cols(); j++) {
            int o = dOut.offset() + j * rows;
            for (int i = 0; i < rows; i++) {
                db[i] += ds[o + i];
            }
        }
        mm.gemm(true, weight.valueBlock(), false, dOut, 0.0, dh);
    }

    /**
     * The highway's backward pass, if there is one, from {@code ds} (what {@link #backward} left in
     * its {@code dOut}): {@code dW_k += ds x_{T−K+k}ᵀ} and, when {@code dx} is not null (after the
     * cells have written ∂L/∂x there), {@code dx_{T−K+k} += W_kᵀ ds}.
     */
    void highwayBackward(Block x, Block ds, Block dx) {
        if (highway != null) {
            highway.backward(x, ds, dx);
        }
    }

    boolean linear() {
        return linear;
    }
}
