package org.rnnlab.clip;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.rnnlab.name.Named;
import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Parameter;

/**
 * AutoClip (Seetharaman, Wichern, Pardo and Le Roux 2020, "AutoClip: Adaptive gradient clipping
 * for source separation networks"): global-norm clipping whose threshold is learnt from the run's
 * own history of gradient norms,
 *
 * <pre>
 *   τ_t = percentile_p( {‖g_s‖ : s in the history} ),    g_t ← g_t · min(1, τ_t / (‖g_t‖ + 1e-6))
 * </pre>
 *
 * with the percentile as NumPy's {@code np.percentile} computes it (linear interpolation between the
 * two nearest order statistics, {@link #percentile(double[], int, double)}) and the clipping rule of
 * {@link ClipByGlobalNorm}. Two variants, chosen explicitly ({@link Order}):
 * {@link Order#PAPER} appends the current norm to the history before the percentile is taken (the
 * authors' code), so τ_t never falls below the smallest norm seen and the first step is clipped to
 * its own norm (by the factor ‖g‖/(‖g‖ + 1e-6) of PyTorch's rule, which counts as clipped); {@link Order#PRIOR} takes the percentile of the earlier norms only and appends the current
 * one afterwards, so the first step has no threshold and is not clipped. {@code window} bounds the
 * history to the last {@code window} norms (0 keeps all of them). Non-finite norms never join the
 * history (the non-finite guard deals with them first).
 *
 * @param percentile p in (0, 100]
 * @param order      whether the current norm is part of the history it is clipped against
 * @param window     the most recent norms kept, or 0 for the whole run
 */
public record AutoClip(double percentile, Order order, int window) implements GradientTransform, Serializable {

    /** Whether the current step's norm joins the history before its threshold is taken. */
    public enum Order implements Named {
        /** The paper's code: append ‖g_t‖, then τ_t = the percentile of the history including it. */
        PAPER,
        /** τ_t from the norms of earlier steps only; ‖g_t‖ joins afterwards; the first step is unclipped. */
        PRIOR;

        @Override
        public String toString() {
            return id();
        }
    }

    /** Capacity of an unbounded history before its first growth (it doubles when full). */
    static final int INITIAL_CAPACITY = 256;

    public AutoClip {
        if (!(percentile > 0.0 && percentile <= 100.0)) {
            throw new IllegalArgumentException("AutoClip's percentile p must be in (0, 100], got " + percentile);
        }
        if (order == null) {
            throw new IllegalArgumentException("AutoClip needs an order (paper or prior)");
        }
        if (window < 0) {
            throw new IllegalArgumentException("AutoClip's window must be >= 0 (0 keeps the whole history), got " + window);
        }
    }

    /** The paper's variant over the whole history. */
    public static AutoClip paper(double percentile) {
        return new AutoClip(percentile, Order.PAPER, 0);
    }

    @Override
    public State init(List<Parameter> parameters) {
        int capacity = window > 0 ? window : INITIAL_CAPACITY;
        return new AutoClipState(percentile, order == Order.PAPER, window, new double[][] {new double[capacity],
            new double[capacity]}, new long[] {0});
    }

    /** "autoclip(p=10, paper)", "autoclip(p=10, prior, window 500)". */
    public String label() {
        return "autoclip(p=" + trim(percentile) + ", " + order.id() + (window > 0 ? ", window " + window : "") + ")";
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    /**
     * The state: the history in arrival order ({@code history[0]}, a ring of {@code window} slots, or
     * a growing array for the whole run) and the same norms sorted ({@code history[1]}), so the
     * percentile is read in O(1) and a step costs one insertion (and one removal once a bounded
     * history is full) without allocating; {@code count[0]} counts the norms that joined.
     *
     * @param percentile     p
     * @param includeCurrent true for {@link Order#PAPER}
     * @param window         the bound of the history, 0 for none
     * @param history        {arrival order, sorted}, of equal capacity
     * @param count          {norms seen}
     */
    public record AutoClipState(double percentile, boolean includeCurrent, int window, double[][] history, long[] count)
            implements GradientTransform.State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double norm = info.updateNorm(updates);
            if (includeCurrent) {
                add(norm);
            }
            double tau = threshold();
            if (!includeCurrent) {
                add(norm);
            }
            if (Double.isNaN(tau)) {
                info.recordClip(norm, norm, false);
                info.recordThreshold(Double.NaN, 0.0);
                return;
            }
            double scale = Math.min(1.0, tau / (norm + 1e-6));
            if (scale < 1.0) {
                Clipping.scale(updates, scale);
                info.updatesChanged();
            }
            info.recordClip(norm, scale < 1.0 ? norm * scale : norm, scale < 1.0);
            info.recordThreshold(tau, scale < 1.0 ? 1.0 : 0.0);
        }

        /** How many norms the history holds now. */
        public int size() {
            return (int) (window > 0 ? Math.min(count[0], window) : count[0]);
        }

        /** The p-th percentile of the history as it is now, NaN while it is empty. */
        public double threshold() {
            int n = size();
            return n == 0 ? Double.NaN : AutoClip.percentile(history[1], n, percentile);
        }

        /** Appends a finite norm, dropping the oldest when a bounded history is full. */
        void add(double norm) {
            if (!Double.isFinite(norm)) {
                return;
            }
            int n = size();
            double[] sorted = history[1];
            if (window > 0) {
                int slot = (int) (count[0] % window);
                if (n == window) {
                    remove(sorted, n, history[0][slot]);
                    n--;
                }
                history[0][slot] = norm;
            } else {
                if (n == sorted.length) {
                    grow(n);
                    sorted = history[1];
                }
                history[0][n] = norm;
            }
            insert(sorted, n, norm);
            count[0]++;
        }

        /** Doubles an unbounded history's capacity: an allocation once per doubling, not per step. */
        private void grow(int n) {
            history[0] = Arrays.copyOf(history[0], 2 * n);
            history[1] = Arrays.copyOf(history[1], 2 * n);
        }

        private static void insert(double[] sorted, int n, double value) {
            int at = Arrays.binarySearch(sorted, 0, n, value);
            at = at < 0 ? -at - 1 : at;
            System.arraycopy(sorted, at, sorted, at + 1, n - at);
            sorted[at] = value;
        }

        private static void remove(double[] sorted, int n, double value) {
            int at = Arrays.binarySearch(sorted, 0, n, value);
            System.arraycopy(sorted, at + 1, sorted, at, n - at - 1);
        }
    }

    /**
     * NumPy's {@code np.percentile(a, p)} with its default method ("linear", Hyndman and Fan's
     * definition 7) over the first {@code n} values of {@code sorted} (ascending): the virtual index
     * {@code i = (p / 100)·(n − 1)}, {@code γ = i − ⌊i⌋}, and NumPy's interpolation between the two
     * order statistics {@code a = x[⌊i⌋]}, {@code b = x[⌊i⌋ + 1]}: {@code a + (b − a)·γ} for γ < 0.5,
     * {@code b − (b − a)·(1 − γ)} otherwise, which gives the same bits as NumPy 1.22 and later.
     */
    public static double percentile(double[] sorted, int n, double p) {
        if (n < 1 || n > sorted.length) {
            throw new IllegalArgumentException("a percentile needs 1 to " + sorted.length + " values, got " + n);
        }
        double index = (p / 100.0) * (n - 1);
        int below = (int) Math.floor(index);
        if (below >= n - 1) {
            return sorted[n - 1];
        }
        double gamma = index - below;
        double a = sorted[below], b = sorted[below + 1], diff = b - a;
        return gamma >= 0.5 ? b - diff * (1.0 - gamma) : a + diff * gamma;
    }
}
