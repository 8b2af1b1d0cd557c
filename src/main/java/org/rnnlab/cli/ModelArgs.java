package org.rnnlab.cli;

import java.nio.file.Path;

import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.activation.Identity;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.init.InitKind;
import org.rnnlab.init.Initializer;
import org.rnnlab.loss.LossKind;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.TaskShape;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that build the network and draw its first weights. */
final class ModelArgs {

    /** The command's spec, to tell options given from defaults (null when no option of this group was given). */
    @Spec
    CommandSpec spec;

    @Option(names = "--cell", paramLabel = "CELL", defaultValue = "lstm",
            description = "rnn, lstm or gru (default: ${DEFAULT-VALUE}).")
    CellType cell = CellType.LSTM;

    @Option(names = "--activation", paramLabel = "NAME",
            defaultValue = "tanh", description = "Hidden activation of an rnn cell: tanh, sigmoid, relu, leaky_relu,"
                    + " prelu, elu, softsign, arctan, softplus, logsig, logmin, log_semisigmoid, identity;"
                    + " lstm and gru use tanh (default: ${DEFAULT-VALUE}).")
    ActivationKind activation = ActivationKind.TANH;

    @Option(names = {"--activation-param", "--alpha"}, paramLabel = "X", description = "The activation's parameter:"
            + " leaky_relu's slope (0.01), elu's alpha (1.0), prelu's initial slope (0.25).")
    Double activationParam;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "32",
            description = "Hidden units per layer (default: ${DEFAULT-VALUE}).")
    int hidden = 32;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "1",
            description = "Stacked recurrent layers (default: ${DEFAULT-VALUE}).")
    int layers = 1;

    @Option(names = "--init", paramLabel = "NAME", defaultValue = "pytorch",
            description = "Input weights: pytorch (U(-1/sqrt(H), 1/sqrt(H))), normal, uniform, xavier_uniform,"
                    + " xavier_normal, he_uniform, he_normal, orthogonal, identity (default: ${DEFAULT-VALUE}).")
    InitKind init = InitKind.PYTORCH;

    @Option(names = "--init-scale", paramLabel = "X", description = "The input initialisation's parameter: normal's"
            + " sigma, uniform's limit, the gain of xavier and orthogonal, identity's scale.")
    Double initScale;

    @Option(names = "--recurrent-init", paramLabel = "NAME",
            defaultValue = "pytorch", description = "Recurrent weights, same choices as --init"
                    + " (default: ${DEFAULT-VALUE}).")
    InitKind recurrentInit = InitKind.PYTORCH;

    @Option(names = "--recurrent-init-scale", paramLabel = "X",
            description = "The recurrent initialisation's parameter, as --init-scale.")
    Double recurrentInitScale;

    @Option(names = "--norm", paramLabel = "NORM", defaultValue = "none",
            description = "Normalisation inside the recurrent cells: none, or layer (layer normalisation of each gate"
                    + " block's input and recurrent pre-activations, and of an lstm's cell state, with learned gains;"
                    + " Ba et al. 2016; needs --hidden >= 2). With one input feature the normalised input side"
                    + " keeps little more than the sign of x_t. torch.nn cannot load a layer-normalised model"
                    + " file; the README says what can, and why (default: ${DEFAULT-VALUE}).")
    Norm norm = Norm.NONE;

    @Option(names = "--forget-bias", paramLabel = "X", defaultValue = "1.0",
            description = "Initial forget-gate bias of an lstm (default: ${DEFAULT-VALUE}).")
    double forgetBias = 1.0;

    @Option(names = "--highway", paramLabel = "K|window|auto|none", defaultValue = "auto",
            description = "A linear autoregressive term on the last K input steps of each window, added to the"
                    + " network's output (LSTNet's highway, Lai et al. 2018): the linear part of a series that a"
                    + " small network struggles to learn from few windows. It starts from the ridge regression"
                    + " of the training targets on those steps (penalty by leave-one-out error) and trains with"
                    + " the network. window: all the window's steps (under --bptt-truncation, the last chunk's);"
                    + " auto: window, or none with --many-to-many. Measured on the shipped series it lowered"
                    + " test errors on most, and the backtest errors (of the earlier default origins) on four of"
                    + " six; see the README (default: ${DEFAULT-VALUE}).")
    String highway = "auto";

    @Option(names = "--init-from", paramLabel = "MODEL", description = "Start from the weights of a model file (or a"
            + " run directory); the network's shape then comes from that file.")
    Path initFrom;

    /**
     * The model configuration for {@code inputs} features and {@code outputs} targets, on windows of
     * {@code window} steps whose last backprop chunk has {@code lastChunk} steps.
     */
    ModelConfig config(int inputs, int outputs, boolean manyToMany, int window, int lastChunk) {
        Options.rejectUnless(cell == CellType.LSTM, spec, "--forget-bias", "--cell lstm", "--cell " + cell.id());
        Activation hiddenActivation = Options.named("--activation-param", () -> activationParam == null
                ? activation.create() : activation.create(activationParam));
        int highwaySteps = highwaySteps(manyToMany, window, lastChunk);
        return Options.named(hidden < 1 || norm == Norm.LAYER && hidden < 2 ? "--hidden" : layers < 1 ? "--layers" : "--activation",
                () -> new ModelConfig(cell, hiddenActivation, inputs, hidden, layers, outputs,
                        manyToMany ? TaskShape.MANY_TO_MANY : TaskShape.MANY_TO_ONE, LossKind.MSE, new Identity(),
                        forgetBias, norm, highwaySteps));
    }

    /** The highway's steps: 0 for none (and auto with many-to-many), the last chunk for window and auto, else K if it fits. */
    int highwaySteps(boolean manyToMany, int window, int lastChunk) {
        if (highway.equals("none") || highway.equals("auto") && manyToMany) {
            return 0;
        }
        if (manyToMany) {
            throw new IllegalArgumentException("--highway " + highway + " needs a target after the window's last step;"
                    + " leave out --many-to-many or --highway");
        }
        if (highway.equals("window") || highway.equals("auto")) {
            return lastChunk;
        }
        int k;
        try {
            k = Integer.parseInt(highway);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--highway: expected a number of steps, window, auto or none, got '"
                    + highway + "'");
        }
        if (k < 1 || k > lastChunk) {
            throw new IllegalArgumentException("--highway must be between 1 and " + lastChunk + " (the "
                    + (lastChunk == window ? "window" : "last --bptt-truncation chunk") + "), got " + k);
        }
        return k;
    }

    /** The initialisation with the given seed. */
    Initialization initialization(long seed) {
        Initializer input = initializer("--init-scale", init, initScale);
        Initializer recurrent = initializer("--recurrent-init-scale", recurrentInit, recurrentInitScale);
        return new Initialization(input, recurrent, seed);
    }

    private static Initializer initializer(String option, InitKind kind, Double parameter) {
        if (parameter != null && !kind.hasParameter()) {
            throw new IllegalArgumentException(option + ": " + kind.id() + " takes no parameter; leave " + option
                    + " out");
        }
        return Options.named(option, () -> parameter == null ? kind.create() : kind.create(parameter));
    }
}
