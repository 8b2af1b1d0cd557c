package org.rnnlab.train;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.tensor.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private final TrainingStep trainingStep;
    private final Batches batches;
    private final BestWeights best;
    private final long planned;
    private final Checkpointing checkpointing;
    private final TrainerCheckpoint checkpoint;
    private long step;
    private int epoch;
    /** The next batch of the current epoch (0: the epoch has not started). */
    private int nextBatch;
    private double epochLoss;
    private int epochSteps;
    private int sinceBest;
    private Outcome outcome;
    private long lastSaveNanos = System.nanoTime();
    /** How long the last checkpoint took to write (0 before the first). */
    private long lastSaveCostNanos;
    private long savedStep = -1;

    private Trainer(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg,
            List<TrainingListener> listeners, Checkpointing checkpointing) {
        this.model = model;
        this.validation = validation;
        this.cfg = cfg;
        this.listeners = listeners;
        this.checkpointing = checkpointing;
        this.checkpoint = checkpointing.enabled() ? new TrainerCheckpoint(checkpointing, model, train, validation, cfg)
                : null;
        this.trainingStep = new TrainingStep(model, cfg, listeners, System.nanoTime());
        this.batches = new Batches(train, cfg.batchSize(), new Random(cfg.seed()), cfg.shuffle());
        this.best = validation == null ? null : new BestWeights(model.parameters());
        this.planned = cfg.plannedSteps(train.count());
    }

    public static TrainingResult fit(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg,
            List<TrainingListener> listeners) {
        return fit(model, train, validation, cfg, listeners, Checkpointing.none());
    }

    /**
     * Trains as {@link #fit(SequenceModel, Sequences, Sequences, TrainingConfig, List)}, saving checkpoints;
     * when the checkpoint file exists, continues from it (a checkpoint of another model, data or
     * configuration, or from another rnnlab version, is refused with the reason).
     */
    public static TrainingResult fit(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg,
            List<TrainingListener> listeners, Checkpointing checkpointing) {
        requireCompatible(model, train, "training");
        if (validation != null) {
            requireCompatible(model, validation, "validation");
        }
        cfg.bptt().chunkLength(train.steps()); // rejects a truncation longer than the sequences before anything runs
        return new Trainer(model, train, validation, cfg, listeners, checkpointing).run();
    }

    private TrainingResult run() {
        List<String> names = model.parameters().stream().map(Parameter::name).toList();
        listeners.forEach(l -> l.onStart(names, planned));
        if (checkpoint != null && checkpoint.resume(this)) {
            savedStep = step;
            boolean finished = !(epoch < cfg.epochs() && outcome == null && step < planned);
            listeners.forEach(l -> l.onResume(step, epoch, finished));
        }
        while (epoch < cfg.epochs() && outcome == null && step < planned) {
            if (!trainEpoch()) {
                break;
            }
            epoch++;
            if (epochCheckpointDue()) {
                save();
            }
        }
        if (savedStep != step) {
            save();
        }
        if (best != null && best.epoch() >= 0) {
            best.restore();
        }
        TrainingResult result = new TrainingResult(outcome == null ? Outcome.completed() : outcome, step, epoch,
                trainingStep.loss(), best == null ? Double.NaN : best.loss(), best == null ? -1 : best.epoch(),
                trainingStep.skipped(), trainingStep.clipped(), trainingStep.seconds());
        listeners.forEach(l -> l.onEnd(result));
        return result;
    }

    /** One pass over the batches, then the epoch's validation; false when training stopped before its first step. */
    private boolean trainEpoch() {
        if (nextBatch == 0) {
            batches.newEpoch();
            epochLoss = 0.0;
            epochSteps = 0;
        }
        while (nextBatch < batches.count() && outcome == null && step < planned) {
            stopIfInterrupted();
            outcome = trainingStep.run(batches.load(nextBatch), step, epoch);
            epochLoss += trainingStep.loss();
            epochSteps++;
            nextBatch++;
            step++;
            if (outcome == null && nextBatch < batches.count() && checkpointDue()) {
                save();
            }
        }
        nextBatch = 0;
        if (outcome != null && epochSteps == 0) {
            return false;
        }
        endEpoch(epochLoss / Math.max(epochSteps, 1));
        return true;
    }

    /**
     * Ends the training before its next step when its thread is interrupted (a pool stopping its
     * tasks after one failed, say): the last checkpoint stays as it was, and a resume continues from it.
     */
    private void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("training interrupted before step " + (step + 1));
        }
    }

    private boolean checkpointDue() {
        return checkpoint != null && (System.nanoTime() - lastSaveNanos) / 1e9 >= checkpointing.everySeconds();
    }

    /** After an epoch: a checkpoint unless the last one is too recent ({@link Checkpointing#epochSaveDue}). */
    private boolean epochCheckpointDue() {
        return checkpoint != null && Checkpointing.epochSaveDue(System.nanoTime() - lastSaveNanos, lastSaveCostNanos);
    }

    private void save() {
        if (checkpoint != null) {
            long start = System.nanoTime();
            checkpoint.save(this);
            lastSaveNanos = System.nanoTime();
            lastSaveCostNanos = lastSaveNanos - start;
            savedStep = step;
        }
    }

    /** Where the loop is, for a checkpoint. */
    ObjectNode positionJson() {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.put("step", step);
        o.put("epoch", epoch);
        o.put("next_batch", nextBatch);
        o.set("epoch_loss", org.rnnlab.optim.StateRecords.number(epochLoss));
        o.put("epoch_steps", epochSteps);
        o.put("since_best", sinceBest);
        o.set("seconds", org.rnnlab.optim.StateRecords.number(trainingStep.seconds()));
        if (outcome != null) {
            ObjectNode end = o.putObject("outcome");
            end.put("status", outcome.status().id());
            end.put("step", outcome.step());
            end.put("cause", outcome.cause());
        }
        return o;
    }

    void restorePosition(JsonNode json, String where) {
        step = CheckpointJson.integer(json, "step", where, 0, planned);
        epoch = (int) CheckpointJson.integer(json, "epoch", where, 0, cfg.epochs());
        nextBatch = (int) CheckpointJson.integer(json, "next_batch", where, 0, batches.count() - 1);
        epochLoss = CheckpointJson.number(json, "epoch_loss", where);
        epochSteps = (int) CheckpointJson.integer(json, "epoch_steps", where, 0, batches.count());
        sinceBest = (int) CheckpointJson.integer(json, "since_best", where, 0, Integer.MAX_VALUE);
        trainingStep.startClockAt(CheckpointJson.number(json, "seconds", where));
        JsonNode end = json.get("outcome");
        if (end != null) {
            String status = CheckpointJson.text(end, "status", where + ".outcome");
            Outcome.Status s = java.util.Arrays.stream(Outcome.Status.values()).filter(v -> v.id().equals(status))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(where + ".outcome.status: unknown \""
                            + status + "\""));
            outcome = new Outcome(s, CheckpointJson.integer(end, "step", where + ".outcome", -1, planned),
                    CheckpointJson.text(end, "cause", where + ".outcome"));
        }
    }

    SequenceModel model() {
        return model;
    }

    TrainingStep trainingStep() {
        return trainingStep;
    }

    Batches batches() {
        return batches;
    }

    /** The best weights so far, or null without validation. */
    BestWeights best() {
        return best;
    }

    /** The validation loss, the best weights so far, the listeners and early stopping. */
    private void endEpoch(double trainLoss) {
        double validationLoss = validation == null ? Double.NaN : Validation.meanLoss(model, validation, cfg.batchSize(), cfg.bptt());
        boolean improved = best != null && outcome == null && best.offer(validationLoss, epoch);
        sinceBest = improved ? 0 : sinceBest + 1;
        EpochMetrics em = new EpochMetrics(epoch, step, trainLoss, validationLoss, improved, trainingStep.seconds());
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
