package org.rnnlab.train;

import java.util.List;
import java.util.Random;

import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.tensor.Parameter;

/**
 * The training loop: epochs of mini-batches, each one {@link TrainingStep} (forward and BPTT, the
 * gradient norm, the non-finite guard, clipping, the update, the record), then per epoch the
 * validation loss and early stopping. Same model seed, data and configuration give bit-identical
 * metrics and weights.
 *
 * <p>With a validation set, the weights of the best validation epoch are restored at the end, so a
 * run that later diverges or overfits still returns its best model.
 */
public final class Trainer {

    private final SequenceModel model;
    private final Sequences validation;
    private final TrainingConfig cfg;
    private final List<TrainingListener> listeners;
    private final long startNanos = System.nanoTime();
    private final TrainingStep trainingStep;
    private final Batches batches;
    private final BestWeights best;
    private final long planned;
    private long step;
    private int epoch;
    private int sinceBest;
    private Outcome outcome;

    private Trainer(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg,
            List<TrainingListener> listeners) {
        this.model = model;
        this.validation = validation;
        this.cfg = cfg;
        this.listeners = listeners;
        this.trainingStep = new TrainingStep(model, cfg, listeners, startNanos);
        this.batches = new Batches(train, cfg.batchSize(), new Random(cfg.seed()), cfg.shuffle());
        this.best = validation == null ? null : new BestWeights(model.parameters());
        this.planned = cfg.plannedSteps(train.count());
    }

    public static TrainingResult fit(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg,
            List<TrainingListener> listeners) {
        requireCompatible(model, train, "training");
        if (validation != null) {
            requireCompatible(model, validation, "validation");
        }
        cfg.bptt().chunkLength(train.steps()); // rejects a truncation longer than the sequences before anything runs
        return new Trainer(model, train, validation, cfg, listeners).run();
    }

    private TrainingResult run() {
        List<String> names = model.parameters().stream().map(Parameter::name).toList();
        listeners.forEach(l -> l.onStart(names, planned));
        for (; epoch < cfg.epochs() && outcome == null && step < planned; epoch++) {
            if (!trainEpoch()) {
                break;
            }
        }
        if (best != null && best.epoch() >= 0) {
            best.restore();
        }
        TrainingResult result = new TrainingResult(outcome == null ? Outcome.completed() : outcome, step, epoch,
                trainingStep.loss(), best == null ? Double.NaN : best.loss(), best == null ? -1 : best.epoch(),
                trainingStep.skipped(), trainingStep.clipped(), seconds(startNanos));
        listeners.forEach(l -> l.onEnd(result));
        return result;
    }

    /** One pass over the batches, then the epoch's validation; false when training stopped before its first step. */
    private boolean trainEpoch() {
        batches.newEpoch();
        double epochLoss = 0.0;
        int epochSteps = 0;
        for (int b = 0; b < batches.count() && outcome == null && step < planned; b++, step++) {
            outcome = trainingStep.run(batches.load(b), step, epoch);
            epochLoss += trainingStep.loss();
            epochSteps++;
        }
        if (outcome != null && epochSteps == 0) {
            return false;
        }
        endEpoch(epochLoss / Math.max(epochSteps, 1));
        return true;
    }

    /** The validation loss, the best weights so far, the listeners and early stopping. */
    private void endEpoch(double trainLoss) {
        double validationLoss = validation == null ? Double.NaN : Validation.meanLoss(model, validation, cfg.batchSize(), cfg.bptt());
        boolean improved = best != null && outcome == null && best.offer(validationLoss, epoch);
        sinceBest = improved ? 0 : sinceBest + 1;
        EpochMetrics em = new EpochMetrics(epoch, step, trainLoss, validationLoss, improved, seconds(startNanos));
        listeners.forEach(l -> l.onEpoch(em));
        if (outcome == null && cfg.patience() > 0 && best != null && sinceBest >= cfg.patience()) {
            outcome = new Outcome(Outcome.Status.STOPPED_EARLY, step, "no better validation loss for " + cfg.patience()
                    + " epochs; best at epoch " + (best.epoch() + 1));
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void requireCompatible(SequenceModel model, Sequences data, String what) {
        var c = model.config();
        if (data.inputSize() != c.inputSize()) {
            throw new IllegalArgumentException("the " + what + " sequences have " + data.inputSize()
                    + " inputs per step, the model expects " + c.inputSize());
        }
        boolean perStep = c.task() == org.rnnlab.model.TaskShape.MANY_TO_MANY;
        if (data.targetPerStep() != perStep) {
            throw new IllegalArgumentException("the " + what + " sequences have " + (data.targetPerStep() ? "a target per step"
                    : "one target per sequence") + ", the model is " + c.task().id());
        }
        int rows = model.loss().targetRows(c.outputSize());
        if (data.targetSize() != rows) {
            throw new IllegalArgumentException("the " + what + " sequences have " + data.targetSize()
                    + " target values, the model's " + c.loss().id() + " loss expects " + rows);
        }
    }
}
