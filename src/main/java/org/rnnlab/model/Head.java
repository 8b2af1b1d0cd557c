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
 * The linear read-out {@code y = f(W h + b)} on the top layer's hidden states, {@code W} being
 * {@code head.weight [O × H]} and {@code b} {@code head.bias [O]}, f the output activation.
 *
 * <pre>
 *   forward:  s = W h + b,  y = f(s)
 *   backward: ds = dy ⊙ f'(s),  dW += ds hᵀ,  db += Σ ds,  dh = Wᵀ ds
 * </pre>
 */
final class Head {

    final Parameter weight;
    final Parameter bias;
    private final Activation activation;
    private final boolean linear;

    Head(int hidden, int outputs, Activation activation) {
        this.weight = Parameter.matrix("head.weight", ParameterKind.HEAD_WEIGHT, -1, outputs, hidden);
        this.bias = Parameter.vector("head.bias", ParameterKind.HEAD_BIAS, -1, outputs);
        this.activation = activation;
        this.linear = activation.kind() == ActivationKind.IDENTITY;
    }

    List<Parameter> parameters() {
        return List.of(weight, bias);
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

    /** {@code pre = W h + b}; {@code out = f(pre)} (the same block when f is the identity). */
    void forward(Block h, Block pre, Block out, MatMul mm) {
        mm.gemm(false, weight.valueBlock(), false, h, 0.0, pre);
        double[] s = pre.data(), b = bias.value().data;
        int rows = pre.rows();
        for (int j = 0; j < pre.cols(); j++) {
            int o = pre.offset() + j * rows;
            for (int i = 0; i < rows; i++) {
                s[o + i] += b[i];
            }
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

    boolean linear() {
        return linear;
    }
}
