package org.rnnlab.forecast;

import java.util.Locale;
import java.util.Optional;

import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.tensor.Parameter;

/**
 * A least-squares start for the highway ({@code --highway}): before training, its weights are set
 * to the ridge regression of the training targets on the window's last {@code K} inputs, so the
 * network starts from the linear autoregression and learns what it leaves (the hybrid of a linear
 * and a neural model of Zhang 2003, "Time series forecasting using a hybrid ARIMA and neural
 * network model", fitted jointly afterwards as in LSTNet).
 *
 * <p>With {@code X [N × K·D]} the last {@code K} steps of the {@code N} training windows (oldest
 * first, features inner) and {@code Y [N × O]} their targets, both already scaled:
 * <pre>
 *   W(λ)ᵀ = (XᵀX + λI)⁻¹ XᵀY,      λ = c · tr(XᵀX) / (K·D),   c ∈ {@link #RIDGE}
 *   PRESS(λ) = Σ_n Σ_o (e_no / (1 − h_n))²,   h_n = x_nᵀ (XᵀX + λI)⁻¹ x_n
 * </pre>
 * and {@code c} is the one with the smallest leave-one-out error PRESS (exact for ridge regression
 * without refitting; Allen 1974). Leave-one-out is a valid choice for a purely autoregressive fit
 * (Bergmeir, Hyndman &amp; Koo 2018, "A note on the validity of cross-validation for evaluating
 * autoregressive time series prediction"). It reads the training windows only.
 */
final class HighwayStart {

    /** The ridge penalties tried, relative to the mean diagonal of {@code XᵀX}. */
    static final double[] RIDGE = {1e-6, 1e-4, 1e-3, 1e-2, 0.03, 0.1, 0.3, 1, 3, 10};

    /**
     * The fit that was set.
     *
     * @param penalty the chosen {@code c}
     * @param press   its leave-one-out mean squared error (scaled units)
     * @param windows windows it was fitted on
     */
    record Fit(double penalty, double press, int windows) {

        /** "highway started from the ridge autoregression on 31 training windows (penalty 0.1, leave-one-out MSE 0.41)". */
        String sentence() {
            return String.format(Locale.ROOT, "highway started from the ridge autoregression on %d training windows"
                    + " (penalty %s, leave-one-out MSE %.3g)", windows,
                    java.math.BigDecimal.valueOf(penalty).stripTrailingZeros().toPlainString(), press);
        }
    }

    private HighwayStart() {
    }

    /**
     * Sets the highway of {@code net} (if it has one) from the training windows; empty when it has
     * none, or when its weights came trained from {@code source} (a model file).
     */
    static Optional<Fit> apply(ModelSource source, SequenceModel net, Sequences train) {
        int steps = net.config().highway();
        if (steps == 0 || source.trained() || train.count() < 2 || train.targetPerStep()) {
            return Optional.empty();
        }
        int n = train.count(), p = steps * train.inputSize();
        R064Store x = inputs(train, steps), y = targets(train);
        MatrixStore<Double> gram = x.transpose().multiply(x), xty = x.transpose().multiply(y);
        double meanDiagonal = 0;
        for (int i = 0; i < p; i++) {
            meanDiagonal += gram.doubleValue(i, i) / p;
        }
        Fit best = null;
        MatrixStore<Double> bestWeights = null;
        for (double c : RIDGE) {
            R064Store a = R064Store.FACTORY.copy(gram);
            for (int i = 0; i < p; i++) {
                a.add(i, i, c * meanDiagonal);
            }
            Cholesky<Double> chol = Cholesky.R064.make(a);
            if (!chol.decompose(a) || !chol.isSolvable()) {
                continue;
            }
            MatrixStore<Double> inverse = chol.getInverse(), weights = inverse.multiply(xty);
            double press = press(x, y, weights, inverse);
            if (Double.isFinite(press) && (best == null || press < best.press())) {
                best = new Fit(c, press, n);
                bestWeights = weights;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        set(net.parameter("highway.weight"), bestWeights);
        return Optional.of(best);
    }

    /** {@code X [N × K·D]}: each window's last {@code K} steps, oldest first, features inner. */
    private static R064Store inputs(Sequences train, int steps) {
        int d = train.inputSize(), first = train.steps() - steps;
        R064Store x = R064Store.FACTORY.make(train.count(), steps * d);
        for (int s = 0; s < train.count(); s++) {
            for (int k = 0; k < steps; k++) {
                for (int f = 0; f < d; f++) {
                    x.set(s, k * d + f, train.input(s, first + k, f));
                }
            }
        }
        return x;
    }

    /** {@code Y [N × O]}: each window's targets. */
    private static R064Store targets(Sequences train) {
        R064Store y = R064Store.FACTORY.make(train.count(), train.targetSize());
        for (int s = 0; s < train.count(); s++) {
            for (int o = 0; o < train.targetSize(); o++) {
                y.set(s, o, train.target(s, 0, o));
            }
        }
        return y;
    }

    /** Mean over windows and outputs of the squared leave-one-out residual {@code e / (1 − h)}. */
    private static double press(R064Store x, R064Store y, MatrixStore<Double> weights, MatrixStore<Double> inverse) {
        int n = (int) x.countRows(), p = (int) x.countColumns(), outputs = (int) y.countColumns();
        MatrixStore<Double> fitted = x.multiply(weights), xa = x.multiply(inverse);
        double sum = 0;
        for (int s = 0; s < n; s++) {
            double h = 0;
            for (int i = 0; i < p; i++) {
                h += xa.doubleValue(s, i) * x.doubleValue(s, i);
            }
            for (int o = 0; o < outputs; o++) {
                double e = (y.doubleValue(s, o) - fitted.doubleValue(s, o)) / (1 - h);
                sum += e * e;
            }
        }
        return sum / ((double) n * outputs);
    }

    /** {@code highway.weight [O × K·D]} from the solution {@code [K·D × O]}. */
    private static void set(Parameter weight, MatrixStore<Double> solution) {
        R064Store w = weight.value();
        for (int o = 0; o < w.countRows(); o++) {
            for (int i = 0; i < w.countColumns(); i++) {
                w.set(o, i, solution.doubleValue(i, o));
            }
        }
    }
}
