package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.clip.Clipping;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;

/**
 * The recurrent-gain study, the classic map of the exploding/vanishing-gradient regimes: a vanilla
 * RNN whose recurrent weights start as W_hh ~ N(0, g²/H) (spectral radius about g for large H,
 * Girko's circular law), with tanh and with ReLU, at gains g ∈ {1, 1.5, 2}, without clipping and
 * clipped at τ = 1 and 5, trained with plain SGD for a few hundred steps. Below g = 1 gradients
 * vanish; above it they grow with the length; a saturating tanh keeps its state bounded, while an
 * unbounded ReLU at g > 1 can blow its state up even when every step is clipped.
 *
 * <p>Variants are named {@code ACTIVATION-gGAIN-CLIP}: "tanh-g1.5-none", "relu-g2-clip1".
 */
public final class GainStudy {

    /** The recurrent gains g. */
    public static final List<Double> GAINS = List.of(1.0, 1.5, 2.0);
    /** The clipping thresholds τ (NaN: none). */
    public static final List<Double> THRESHOLDS = List.of(Double.NaN, 1.0, 5.0);
    /** The default sequence lengths. */
    public static final List<Integer> LENGTHS = List.of(10, 30, 100);
    /** The default steps per run. */
    public static final long STEPS = 300;
    /** The default seeds. */
    public static final int SEEDS = 2;
    /** Plain SGD's learning rate. */
    public static final double LEARNING_RATE = 0.05;

    private GainStudy() {
    }

    /** Every activation × gain × clipping variant for a network of {@code hidden} units (σ = g/√H). */
    public static List<Variant> variants(int hidden) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden must be >= 1, got " + hidden);
        }
        Variant base = Variants.named("tanh").orElseThrow().withOptimizer(OptimizerConfig.of(OptimizerKind.SGD, LEARNING_RATE));
        List<Variant> out = new ArrayList<>();
        for (ActivationKind activation : List.of(ActivationKind.TANH, ActivationKind.RELU)) {
            for (double g : GAINS) {
                for (double tau : THRESHOLDS) {
                    String name = activation.id() + "-g" + plain(g) + "-" + (Double.isNaN(tau) ? "none" : "clip" + plain(tau));
                    out.add(base.withName(name).withActivation(activation.create())
                            .withRecurrentInit(InitKind.NORMAL.create(g / Math.sqrt(hidden)))
                            .withClipping(Double.isNaN(tau) ? Clipping.none() : Clipping.globalNorm(tau)));
                }
            }
        }
        return out;
    }

    private static String plain(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }
}
