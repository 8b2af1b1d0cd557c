package org.rnnlab.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.clip.Clipping;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;

/**
 * The named variants. The vanilla ones share one recipe and differ only in what their name says
 * (activation, clipping, recurrent initialisation), so a report's contrast isolates that one
 * choice. Their common recipe is chosen, by measurement, so that the unclipped tanh network trains
 * on short sequences of the adding problem and explodes on long ones: recurrent weights orthogonal
 * with gain {@value #RECURRENT_GAIN} (spectral radius 1, norm-preserving at the start) and SGD with
 * momentum 0.9 at a learning rate of {@value #RNN_LEARNING_RATE}, whose step grows with the gradient,
 * so that training pushes W_hh past spectral radius 1 (where Pascanu et al. 2013 show gradients can
 * explode) and a gradient spike becomes a weight jump unless it is clipped.
 *
 * <p>{@code tanh-ln}, {@code lstm-ln} and {@code gru-ln} are {@code tanh}, {@code lstm} and
 * {@code gru} with layer normalisation inside the cells (Ba, Kiros and Hinton 2016) and nothing else
 * changed, so their contrast with the plain variant is the normalisation alone; they start from the
 * same drawn weights, the gains at 1.
 */
public final class Variants {

    /** Gain of the vanilla variants' orthogonal recurrent weights (their spectral radius). */
    public static final double RECURRENT_GAIN = 1.0;
    /** Learning rate of the vanilla variants. */
    public static final double RNN_LEARNING_RATE = 0.07;
    /** Learning rate of the gated variants (Adam). */
    public static final double GATED_LEARNING_RATE = 0.01;

    private static final Map<String, Variant> NAMED = new LinkedHashMap<>();

    static {
        Variant tanh = new Variant("tanh", CellType.RNN, ActivationKind.TANH.create(), InitKind.XAVIER_UNIFORM.create(),
                InitKind.ORTHOGONAL.create(RECURRENT_GAIN),
                OptimizerConfig.of(OptimizerKind.MOMENTUM, RNN_LEARNING_RATE), Clipping.none());
        add(tanh);
        add(tanh.withName("tanh-clip1").withClipping(Clipping.globalNorm(1.0)));
        add(tanh.withName("tanh-clip2").withClipping(Clipping.globalNorm(2.0)));
        add(tanh.withName("tanh-clip5").withClipping(Clipping.globalNorm(5.0)));
        Variant relu = tanh.withName("relu").withActivation(ActivationKind.RELU.create());
        add(relu);
        add(relu.withName("relu-clip").withClipping(Clipping.globalNorm(1.0)));
        add(tanh.withName("leaky").withActivation(ActivationKind.LEAKY_RELU.create(0.01)));
        add(tanh.withName("leaky-0.2").withActivation(ActivationKind.LEAKY_RELU.create(0.2)));
        add(relu.withName("irnn").withRecurrentInit(InitKind.IDENTITY.create(1.0)).withClipping(Clipping.globalNorm(1.0)));
        add(tanh.withName("sigmoid").withActivation(ActivationKind.SIGMOID.create()));
        add(tanh.withName("softsign").withActivation(ActivationKind.SOFTSIGN.create()));
        add(tanh.withName("logsig").withActivation(ActivationKind.LOGSIG.create()));
        add(tanh.withName("tanh-ln").withNorm(Norm.LAYER));
        Variant lstm = new Variant("lstm", CellType.LSTM, ActivationKind.TANH.create(), InitKind.XAVIER_UNIFORM.create(),
                InitKind.ORTHOGONAL.create(1.0), OptimizerConfig.of(OptimizerKind.ADAM, GATED_LEARNING_RATE), Clipping.none());
        add(lstm);
        add(lstm.withName("lstm-clip").withClipping(Clipping.globalNorm(1.0)));
        add(lstm.withName("gru").withCell(CellType.GRU));
        add(lstm.withName("lstm-ln").withNorm(Norm.LAYER));
        add(lstm.withName("gru-ln").withCell(CellType.GRU).withNorm(Norm.LAYER));
    }

    private Variants() {
    }

    private static void add(Variant v) {
        NAMED.put(v.name(), v);
    }

    /** The variant with this name. */
    public static Optional<Variant> named(String name) {
        return Optional.ofNullable(NAMED.get(name));
    }

    /** Every named variant, in a stable order. */
    public static List<Variant> all() {
        return List.copyOf(NAMED.values());
    }

    /** The names, for help texts and error messages. */
    public static List<String> names() {
        return List.copyOf(NAMED.keySet());
    }
}
