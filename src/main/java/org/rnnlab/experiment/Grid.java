package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.rnnlab.clip.Clipping;
import org.rnnlab.task.Task;

/**
 * The runs of a study: every variant × sequence length × seed ({@link #compare}), or every clipping
 * threshold of one base variant × length × seed ({@link #sweep}).
 */
public final class Grid {

    private Grid() {
    }

    /**
     * Variants × lengths × seeds, in that nesting order.
     *
     * @param taskOfLength makes the task for a sequence length
     */
    public static List<RunSpec> compare(List<Variant> variants, List<Integer> lengths, int seeds,
            IntFunction<Task> taskOfLength, StudySettings settings) {
        requireNonEmpty(variants, lengths, seeds);
        List<RunSpec> specs = new ArrayList<>();
        for (Variant v : variants) {
            for (int length : lengths) {
                Task task = taskOfLength.apply(length);
                for (int seed = 0; seed < seeds; seed++) {
                    specs.add(new RunSpec(v, task, seed, settings, null));
                }
            }
        }
        return specs;
    }

    /**
     * The clipping-threshold study: the base variant with each threshold (a number τ for global-norm
     * clipping, {@link Threshold#none()} or {@link Threshold#auto}), × lengths × seeds. Variants are
     * named after the base and the threshold ("tanh-tau-1", "tanh-none", "tanh-auto").
     */
    public static List<RunSpec> sweep(Variant base, List<Threshold> thresholds, List<Integer> lengths, int seeds,
            IntFunction<Task> taskOfLength, StudySettings settings) {
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one threshold");
        }
        List<Variant> variants = new ArrayList<>();
        for (Threshold t : thresholds) {
            variants.add(base.withName(base.name() + "-" + t.label()).withClipping(t.clipping()));
        }
        requireNonEmpty(variants, lengths, seeds);
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            for (int length : lengths) {
                Task task = taskOfLength.apply(length);
                for (int seed = 0; seed < seeds; seed++) {
                    specs.add(new RunSpec(variants.get(i), task, seed, settings, thresholds.get(i).auto()));
                }
            }
        }
        return specs;
    }

    private static void requireNonEmpty(List<Variant> variants, List<Integer> lengths, int seeds) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one variant");
        }
        if (lengths.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one sequence length");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        long distinct = variants.stream().map(Variant::name).distinct().count();
        if (distinct != variants.size()) {
            throw new IllegalArgumentException("variant names must be distinct");
        }
    }

    /**
     * One clipping policy of a sweep: a global-norm threshold τ, none, τ chosen from the run's first
     * steps, or an adaptive rule (AutoClip, AGC).
     *
     * @param tau    τ, or NaN for the others
     * @param auto   the automatic rule, or null
     * @param policy an AutoClip or AGC rule, or null
     */
    public record Threshold(double tau, AutoThreshold auto, Clipping policy) {

        public Threshold {
            if (auto == null && policy == null && !Double.isNaN(tau) && !(tau > 0.0 && Double.isFinite(tau))) {
                throw new IllegalArgumentException("a clipping threshold must be > 0, got " + tau);
            }
            if (policy != null && policy.mode() != Clipping.Mode.AUTOCLIP && policy.mode() != Clipping.Mode.AGC) {
                throw new IllegalArgumentException("a sweep's policy is autoclip or agc, got " + policy.label());
            }
        }

        public static Threshold of(double tau) {
            return new Threshold(tau, null, null);
        }

        public static Threshold none() {
            return new Threshold(Double.NaN, null, null);
        }

        public static Threshold auto(AutoThreshold rule) {
            return new Threshold(Double.NaN, rule, null);
        }

        /** An AutoClip or AGC rule. */
        public static Threshold policy(Clipping rule) {
            return new Threshold(Double.NaN, null, rule);
        }

        /** The clipping the variant is trained with (none for auto, whose τ the run chooses). */
        public Clipping clipping() {
            if (policy != null) {
                return policy;
            }
            return auto == null && !Double.isNaN(tau) ? Clipping.globalNorm(tau) : Clipping.none();
        }

        /** "tau-1", "tau-0.5", "none", "auto", "autoclip-p10", "autoclip-prior-p10-w500", "agc-0.01". */
        public String label() {
            if (auto != null) {
                return "auto";
            }
            if (policy != null && policy.mode() == Clipping.Mode.AUTOCLIP) {
                var a = policy.autoClip();
                return "autoclip" + (a.order() == org.rnnlab.clip.AutoClip.Order.PRIOR ? "-prior" : "") + "-p" + plain(a.percentile())
                        + (a.window() > 0 ? "-w" + a.window() : "");
            }
            if (policy != null) {
                var g = policy.adaptive();
                return "agc-" + plain(g.lambda()) + (g.includeHead() ? "-head" : "")
                        + (g.eps() == org.rnnlab.clip.AdaptiveClip.DEFAULT_EPS ? "" : "-eps" + plain(g.eps()));
            }
            if (Double.isNaN(tau)) {
                return "none";
            }
            return "tau-" + plain(tau);
        }

        private static String plain(double x) {
            return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
        }
    }
}
