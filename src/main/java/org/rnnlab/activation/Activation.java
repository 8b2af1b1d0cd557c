package org.rnnlab.activation;

import java.io.Serializable;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;

/**
 * A scalar nonlinearity {@code y = f(x)} applied element-wise, with its exact derivative.
 *
 * <p>The derivative is given both the pre-activation {@code x} and the output {@code y}, and uses
 * whichever is exact and cheap ({@code f(1-f)} for the sigmoid, {@code 1/(1+x²)} for arctan). The
 * functions of the classic vanishing/exploding-gradient literature:
 *
 * <table>
 * <caption>Activations and their derivatives</caption>
 * <tr><th>kind</th><th>f(x)</th><th>f'(x)</th></tr>
 * <tr><td>identity</td><td>x</td><td>1</td></tr>
 * <tr><td>sigmoid</td><td>1/(1+e^-x)</td><td>f(1-f) ≤ 1/4</td></tr>
 * <tr><td>tanh</td><td>tanh x</td><td>1-f²</td></tr>
 * <tr><td>arctan</td><td>atan x</td><td>1/(1+x²)</td></tr>
 * <tr><td>softsign</td><td>x/(1+|x|)</td><td>1/(1+|x|)²</td></tr>
 * <tr><td>logsig</td><td>sign(x)·u/(u+1), u = ln(1+|x|)</td><td>1/((1+|x|)(1+u)²)</td></tr>
 * <tr><td>relu</td><td>max(x, 0)</td><td>1 for x &gt; 0, else 0</td></tr>
 * <tr><td>leaky_relu</td><td>max(αx, x)</td><td>1 for x &gt; 0, else α</td></tr>
 * <tr><td>prelu</td><td>max(a_i x, x), a_i learnable per unit</td><td>1 or a_i; ∂f/∂a_i = min(x, 0)</td></tr>
 * <tr><td>elu</td><td>x for x &gt; 0, else α(e^x − 1)</td><td>1, else α e^x</td></tr>
 * <tr><td>softplus</td><td>ln(1+e^x)</td><td>1/(1+e^-x) (the logistic sigmoid)</td></tr>
 * <tr><td>logmin</td><td>ln(1+x) for x &gt; 0, else 0</td><td>1/(1+x), else 0</td></tr>
 * <tr><td>log_semisigmoid</td><td>sign(x)·ln(1+|x|)</td><td>1/(1+|x|) &gt; 0 everywhere</td></tr>
 * </table>
 *
 * <p>Every function is finite at ±1e6 and exact near 0 (±1e-12). At a kink (ReLU family, logmin
 * at 0) the derivative takes the right-hand value for {@code x > 0} and the left-hand one
 * otherwise, as PyTorch does.
 */
public sealed interface Activation extends Serializable
        permits Identity, Sigmoid, Tanh, ArcTan, Softsign, LogSig, Relu, LeakyRelu, PRelu, Elu, Softplus, LogMin,
        LogSemiSigmoid {

    /** Which function this is. */
    ActivationKind kind();

    /** The function's parameter (α of leaky ReLU and ELU, the initial slope of PReLU), or NaN. */
    default double parameter() {
        return Double.NaN;
    }

    /** f(x). */
    double value(double x);

    /** f'(x), given x and y = f(x). */
    double derivative(double x, double y);

    /** True when the function has a learnable parameter per unit (PReLU). */
    default boolean learnable() {
        return false;
    }

    /** A readable name with the parameter, e.g. {@code leaky_relu(α=0.2)}. */
    default String label() {
        return Double.isNaN(parameter()) ? kind().id() : kind().id() + "(" + kind().parameterName() + "=" + parameter() + ")";
    }

    /**
     * {@code out = f(pre)} element-wise. Row {@code i} of the blocks is unit {@code i}; {@code slopes}
     * holds the learnable per-unit parameters of a learnable activation and is ignored otherwise.
     */
    default void forward(Block pre, Block out, Parameter slopes) {
        pre.requireSameShape(out, label());
        double[] x = pre.data(), y = out.data();
        int xo = pre.offset(), yo = out.offset();
        for (int i = 0, n = pre.size(); i < n; i++) {
            y[yo + i] = value(x[xo + i]);
        }
    }

    /**
     * {@code dPre = dOut ⊙ f'(pre)}; a learnable activation also adds {@code ∂L/∂slope} to
     * {@code slopes}' gradient. {@code dPre} may be the same block as {@code dOut}.
     */
    default void backward(Block pre, Block out, Block dOut, Block dPre, Parameter slopes) {
        pre.requireSameShape(dOut, label());
        pre.requireSameShape(dPre, label());
        double[] x = pre.data(), y = out.data(), g = dOut.data(), d = dPre.data();
        int xo = pre.offset(), yo = out.offset(), go = dOut.offset(), dO = dPre.offset();
        for (int i = 0, n = pre.size(); i < n; i++) {
            d[dO + i] = g[go + i] * derivative(x[xo + i], y[yo + i]);
        }
    }
}
