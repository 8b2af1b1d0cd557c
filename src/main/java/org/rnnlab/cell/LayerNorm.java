package org.rnnlab.cell;

import java.util.Arrays;

import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.Parameter;

/**
 * Layer normalisation (Ba, Kiros and Hinton 2016, "Layer Normalization", arXiv:1607.06450) of {@code G} blocks of {@code H} rows in
 * every column: each block of a sequence's column is normalised over its own H values, with a gain
 * and a shift per row ({@code [G·H]} each).
 *
 * <pre>
 *   μ = (1/H) Σ_u v_u,   σ² = (1/H) Σ_u (v_u − μ)²,   r = 1/√(σ² + ε)        (per block and column)
 *   v̂_u = (v_u − μ)·r
 *   y_u = γ_u v̂_u + β_u
 * </pre>
 *
 * with ε = {@value #EPSILON} and the biased variance, as {@code torch.nn.LayerNorm}. Backward, with
 * dy = ∂L/∂y (the mean of a block written mean(·)):
 *
 * <pre>
 *   dγ_u += Σ_columns dy_u v̂_u,   dβ_u += Σ_columns dy_u
 *   dv̂_u  = γ_u dy_u
 *   dv_u  = r·(dv̂_u − mean(dv̂) − v̂_u·mean(dv̂ ⊙ v̂))
 * </pre>
 *
 * The last line is the adjoint of the normalisation: v̂ is invariant to shifting v and to scaling
 * it, so dv is orthogonal to the constant vector and to v̂. The forward pass caches v̂ and r, which
 * is all the backward pass needs. The shift may be a parameter the cell has anyway (its
 * {@code bias_ih} or {@code bias_hh}): a bias added right after a normalisation is its shift, and
 * two would be redundant.
 */
final class LayerNorm {

    static final double EPSILON = 1e-5;

    final Parameter gain;
    final Parameter shift;
    final int blocks;
    final int size;

    /**
     * Normalises {@code blocks} blocks of {@code size} rows with {@code gain} (set to 1 here) and
     * {@code shift}, both {@code [blocks·size]}.
     */
    LayerNorm(Parameter gain, Parameter shift, int blocks, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("layer normalisation needs at least 2 units per block, got " + size
                    + " (one unit normalises to 0)");
        }
        if (gain.size() != blocks * size || shift.size() != blocks * size) {
            throw new IllegalArgumentException("gain " + gain + " and shift " + shift + " must both have " + blocks * size
                    + " elements");
        }
        this.gain = gain;
        this.shift = shift;
        this.blocks = blocks;
        this.size = size;
        resetGain();
    }

    /** γ = 1, as Ba et al. and {@code torch.nn.LayerNorm} start. */
    void resetGain() {
        Arrays.fill(gain.value().data, 1.0);
    }

    /**
     * {@code y = LN(v)} (or {@code y += LN(v)} when {@code add}) for every column of {@code v}
     * ({@code G·H × n}), caching v̂ in {@code vHat} ({@code G·H × n}) and r in {@code rstd}
     * ({@code G × n}). {@code y} may be {@code v} when not adding.
     */
    void forward(Block v, Block vHat, Block rstd, Block y, boolean add) {
        requireShapes(v, vHat, rstd, y);
        for (int j = 0; j < v.cols(); j++) {
            forwardColumn(v.data(), v.columnOffset(j), vHat.data(), vHat.columnOffset(j), rstd.data(),
                    rstd.columnOffset(j), y.data(), y.columnOffset(j), add);
        }
    }

    /** {@link #forward} for one column: G·H values of {@code v} from {@code vo}, G values of {@code rstd} from {@code ro}. */
    void forwardColumn(double[] v, int vo, double[] vHat, int ho, double[] rstd, int ro, double[] y, int yo, boolean add) {
        double[] g = gain.value().data, s = shift.value().data;
        for (int k = 0; k < blocks; k++) {
            int b = k * size;
            double sum = 0.0;
            for (int u = 0; u < size; u++) {
                sum += v[vo + b + u];
            }
            double mean = sum / size, squares = 0.0;
            for (int u = 0; u < size; u++) {
                double d = v[vo + b + u] - mean;
                squares += d * d;
            }
            double r = 1.0 / Math.sqrt(squares / size + EPSILON);
            rstd[ro + k] = r;
            for (int u = 0; u < size; u++) {
                double hat = (v[vo + b + u] - mean) * r;
                vHat[ho + b + u] = hat;
                double out = g[b + u] * hat + s[b + u];
                y[yo + b + u] = add ? y[yo + b + u] + out : out;
            }
        }
    }

    /**
     * The adjoint of {@link #forward}: adds dγ and dβ to the gain's and shift's gradients and
     * writes ∂L/∂v into {@code dv}, which may be {@code dy}.
     */
    void backward(Block dy, Block vHat, Block rstd, Block dv) {
        requireShapes(dy, vHat, rstd, dv);
        for (int j = 0; j < dy.cols(); j++) {
            backwardColumn(dy.data(), dy.columnOffset(j), vHat.data(), vHat.columnOffset(j), rstd.data(),
                    rstd.columnOffset(j), dv.data(), dv.columnOffset(j));
        }
    }

    /** {@link #backward} for one column, offsets as in {@link #forwardColumn}. */
    void backwardColumn(double[] dy, int yo, double[] vHat, int ho, double[] rstd, int ro, double[] dv, int dvo) {
        double[] g = gain.value().data, dGain = gain.grad().data, dShift = shift.grad().data;
        for (int k = 0; k < blocks; k++) {
            int b = k * size;
            double sumDHat = 0.0, sumDHatHat = 0.0;
            for (int u = 0; u < size; u++) {
                double d = dy[yo + b + u], hat = vHat[ho + b + u];
                dGain[b + u] += d * hat;
                dShift[b + u] += d;
                double dHat = g[b + u] * d;
                sumDHat += dHat;
                sumDHatHat += dHat * hat;
            }
            double meanDHat = sumDHat / size, meanDHatHat = sumDHatHat / size, r = rstd[ro + k];
            for (int u = 0; u < size; u++) {
                double hat = vHat[ho + b + u];
                dv[dvo + b + u] = r * (g[b + u] * dy[yo + b + u] - meanDHat - hat * meanDHatHat);
            }
        }
    }

    /** Values, cache and result {@code G·H × n}, statistics {@code G × n} (the message is built only on failure). */
    private void requireShapes(Block v, Block vHat, Block rstd, Block out) {
        int rows = blocks * size, n = v.cols();
        if (v.rows() != rows || vHat.rows() != rows || out.rows() != rows || rstd.rows() != blocks
                || vHat.cols() != n || out.cols() != n || rstd.cols() != n) {
            throw new IllegalArgumentException("layer norm: values " + v.rows() + "x" + n + ", cache " + vHat.rows() + "x"
                    + vHat.cols() + ", result " + out.rows() + "x" + out.cols() + ", statistics " + rstd.rows() + "x"
                    + rstd.cols() + "; expected " + rows + " rows and " + blocks + " statistics per column");
        }
    }
}
