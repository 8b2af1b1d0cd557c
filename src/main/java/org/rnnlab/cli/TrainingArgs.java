package org.rnnlab.cli;

import org.rnnlab.clip.Clipping;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.clip.NormType;
import org.rnnlab.model.Bptt;
import org.rnnlab.name.Named;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.optim.Schedule;
import org.rnnlab.train.DivergenceRule;
import org.rnnlab.train.TrainingConfig;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of the training loop: batches, epochs, optimiser, schedule, clipping and the policies for trouble. */
final class TrainingArgs {

    /** The learning-rate schedules by name. */
    enum ScheduleKind implements Named {
        CONSTANT, STEP, COSINE
    }

    /** Exactly one clipping rule. */
    static final class ClipChoice {
        @Option(names = "--clip-norm", paramLabel = "X",
                description = "Scale the whole gradient down to global norm X when it is longer (the default, X = 1).")
        Double norm;

        @Option(names = "--clip-value", paramLabel = "X", description = "Clamp every gradient element to [-X, X].")
        Double value;

        @Option(names = "--clip-per-parameter", paramLabel = "X",
                description = "Scale each parameter's gradient down to norm X separately.")
        Double perParameter;

        @Option(names = "--no-clip", description = "Do not clip gradients.")
        boolean none;

        @Option(names = "--clip", paramLabel = "RULE", description = {"An adaptive rule: autoclip:p=P (AutoClip, Seetharaman et"
                + " al. 2020: clip at the P-th percentile of the gradient norms so far; :order=prior leaves the current norm"
                + " out of its own threshold, :window=N keeps the last N norms), or agc:lambda=L (adaptive gradient clipping,"
                + " Brock et al. 2021: clip each unit, a gate row of W_ih or W_hh or a bias vector, to L times its weights'"
                + " norm; :eps=E, default 1e-3; :head=yes clips the output head too). Also none or a number (as --clip-norm)."})
        String rule;
    }

    static final double DEFAULT_CLIP_NORM = 1.0;

    /** The command's spec, to tell options given from defaults (null when no option of this group was given). */
    @Spec
    CommandSpec spec;

    @Option(names = "--batch-size", paramLabel = "B", defaultValue = "32",
            description = "Windows per optimisation step (default: ${DEFAULT-VALUE}).")
    int batchSize = 32;

    @Option(names = "--epochs", paramLabel = "E", defaultValue = "300",
            description = "At most this many passes over the training windows; early stopping usually ends"
                    + " sooner (default: ${DEFAULT-VALUE}).")
    int epochs = 300;

    @Option(names = "--patience", paramLabel = "N", defaultValue = "30",
            description = "Stop after N epochs without a better validation loss and keep the best weights;"
                    + " 0 trains every epoch (default: ${DEFAULT-VALUE}).")
    int patience = 30;

    @Option(names = "--optimizer", paramLabel = "NAME",
            defaultValue = "adam", description = "sgd, momentum, nesterov, adagrad, rmsprop or adam"
                    + " (default: ${DEFAULT-VALUE}).")
    OptimizerKind optimizer = OptimizerKind.ADAM;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "0.003",
            description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double lr = 0.003;

    @Option(names = "--momentum", paramLabel = "MU", defaultValue = "0.9",
            description = "Momentum of momentum and nesterov (default: ${DEFAULT-VALUE}).")
    double momentum = 0.9;

    @Option(names = "--schedule", paramLabel = "NAME", defaultValue = "constant",
            description = "Learning rate over time: constant, step (times --decay-factor every --decay-every"
                    + " epochs) or cosine (down to --lr-min over all epochs) (default: ${DEFAULT-VALUE}).")
    ScheduleKind schedule = ScheduleKind.CONSTANT;

    @Option(names = "--decay-factor", paramLabel = "F", defaultValue = "0.5",
            description = "Step schedule: multiply the rate by F (default: ${DEFAULT-VALUE}).")
    double decayFactor = 0.5;

    @Option(names = "--decay-every", paramLabel = "E", defaultValue = "50",
            description = "Step schedule: every E epochs (default: ${DEFAULT-VALUE}).")
    int decayEvery = 50;

    @Option(names = "--lr-min", paramLabel = "X", defaultValue = "0",
            description = "Cosine schedule: the final rate (default: ${DEFAULT-VALUE}).")
    double lrMin = 0;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0",
            description = "Raise the rate linearly over the first N steps (default: ${DEFAULT-VALUE}, none).")
    int warmup = 0;

    /** Set by the command from its own (validated) group: an exclusive group inside this one would not be checked. */
    ClipChoice clip;

    @Option(names = "--clip-norm-type", paramLabel = "TYPE",
            defaultValue = "l2", description = "Norm of --clip-norm and --clip-per-parameter: l2 or inf"
                    + " (default: ${DEFAULT-VALUE}).")
    NormType clipNormType = NormType.L2;

    @Option(names = "--nonfinite", paramLabel = "POLICY",
            defaultValue = "error", description = "On a NaN or infinite gradient: error (stop), skip (drop the"
                    + " step; 10 in a row stop) or shrink (shrink the recurrent weights instead)"
                    + " (default: ${DEFAULT-VALUE}).")
    NonFinitePolicy.Action nonFinite = NonFinitePolicy.Action.ERROR;

    @Option(names = "--bptt-truncation", paramLabel = "K", defaultValue = "0",
            description = "Backpropagate through at most K steps at a time (truncated BPTT); 0 for the whole"
                    + " window (default: ${DEFAULT-VALUE}).")
    int bpttTruncation = 0;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the initial weights and the shuffling; the same seed gives the same run"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    /** The clipping rule (global norm 1 unless another was chosen). */
    Clipping clipping() {
        Clipping c;
        if (clip == null || clip.norm != null) {
            double tau = clip == null ? DEFAULT_CLIP_NORM : clip.norm;
            c = Options.named("--clip-norm", () -> new Clipping(Clipping.Mode.GLOBAL_NORM, tau, clipNormType));
        } else if (clip.perParameter != null) {
            c = Options.named("--clip-per-parameter", () -> new Clipping(Clipping.Mode.PER_PARAMETER,
                    clip.perParameter, clipNormType));
        } else if (clip.value != null) {
            c = Options.named("--clip-value", () -> Clipping.value(clip.value));
        } else if (clip.rule != null) {
            c = Options.named("--clip", () -> ClipSpecs.parse(clip.rule));
        } else {
            c = Clipping.none();
        }
        return c;
    }

    /**
     * The training configuration for {@code trainingWindows} windows of {@code window} steps.
     */
    /** The steps of a window's last backprop chunk: the window under full BPTT. */
    int lastChunk(int window) {
        if (bpttTruncation <= 0 || bpttTruncation >= window) {
            return window;
        }
        int rest = window % bpttTruncation;
        return rest == 0 ? bpttTruncation : rest;
    }

    TrainingConfig config(int trainingWindows, int window) {
        rejectInapplicable();
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size must be >= 1, got " + batchSize);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("--patience must be >= 0 (0 trains every epoch), got " + patience);
        }
        if (bpttTruncation < 0 || bpttTruncation > window) {
            throw new IllegalArgumentException("--bptt-truncation must be between 0 (full BPTT) and the window length"
                    + " " + window + ", got " + bpttTruncation);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be >= 0 steps, got " + warmup);
        }
        long stepsPerEpoch = TrainingConfig.stepsPerEpoch(trainingWindows, batchSize);
        Schedule rate = Options.named("--lr", () -> new Schedule.Constant(lr));
        if (schedule == ScheduleKind.STEP) {
            if (decayEvery < 1) {
                throw new IllegalArgumentException("--decay-every must be >= 1 epoch, got " + decayEvery);
            }
            rate = Options.named("--decay-factor", () -> new Schedule.StepDecay(lr, decayFactor,
                    decayEvery * stepsPerEpoch));
        } else if (schedule == ScheduleKind.COSINE) {
            rate = Options.named("--lr-min", () -> new Schedule.Cosine(lr, lrMin, epochs * stepsPerEpoch));
        }
        Schedule finalRate = warmup > 0 ? new Schedule.Warmup(warmup, rate) : rate;
        OptimizerConfig optimizerConfig = Options.named("--momentum",
                () -> OptimizerConfig.of(optimizer, lr).withSchedule(finalRate).withMomentum(momentum));
        NonFinitePolicy policy = switch (nonFinite) {
            case ERROR -> NonFinitePolicy.error();
            case SKIP -> NonFinitePolicy.skip(10);
            case SHRINK -> NonFinitePolicy.shrink(0.1);
        };
        return new TrainingConfig(epochs, batchSize, bpttTruncation == 0 ? Bptt.full() : Bptt.truncated(bpttTruncation),
                optimizerConfig, clipping(), policy, DivergenceRule.defaults(), patience, 0, true, seed);
    }

    /** Rejects the optimiser, schedule and clipping options that the chosen optimiser, schedule and clipping ignore. */
    private void rejectInapplicable() {
        boolean withMomentum = optimizer == OptimizerKind.MOMENTUM || optimizer == OptimizerKind.NESTEROV;
        Options.rejectUnless(withMomentum, spec, "--momentum", "--optimizer momentum and nesterov",
                "--optimizer " + optimizer.id());
        for (String option : new String[] {"--decay-factor", "--decay-every"}) {
            Options.rejectUnless(schedule == ScheduleKind.STEP, spec, option, "--schedule step",
                    "--schedule " + schedule.id());
        }
        Options.rejectUnless(schedule == ScheduleKind.COSINE, spec, "--lr-min", "--schedule cosine",
                "--schedule " + schedule.id());
        boolean byNorm = clip == null || clip.norm != null || clip.perParameter != null;
        Options.rejectUnless(byNorm, spec, "--clip-norm-type", "--clip-norm and --clip-per-parameter",
                clip != null && clip.value != null ? "--clip-value" : "--no-clip");
    }

    /** A one-line description of the schedule for run records. */
    String scheduleLabel() {
        String base = switch (schedule) {
            case CONSTANT -> "constant " + lr;
            case STEP -> "step: " + lr + " x " + decayFactor + " every " + decayEvery + " epochs";
            case COSINE -> "cosine: " + lr + " to " + lrMin;
        };
        return warmup > 0 ? base + ", warm-up " + warmup + " steps" : base;
    }
}
