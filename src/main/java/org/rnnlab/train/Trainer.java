package org.rnnlab.train;

import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.clip.GuardNonFinite;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;

/**
 * The training loop: per mini-batch, zero the gradients, run the window forward, backpropagate
 * through time, measure the gradient norm, guard against non-finite values, clip, update, record.
 * Same model seed, data and configuration give bit-identical metrics and weights.
 *
 * <p>With a validation set, the weights of the best validation epoch are restored at the end, so a
 * run that later diverges or overfits still returns its best model.
 */
public final class Trainer {

    private Trainer() {
    }

    public static TrainingResult fit(SequenceModel model, Sequences train, Sequences validation, TrainingConfig cfg,
            List<TrainingListener> listeners) {
        requireCompatible(model, train, "training");
        if (validation != null) {
            requireCompatible(model, validation, "validation");
        }
        cfg.bptt().chunkLength(train.steps()); // rejects a truncation longer than the sequences before anything runs
        List<Parameter> params = model.parameters();
        GradientTransform.State guard = new GuardNonFinite(cfg.nonFinite()).init(params);
        GradientTransform clipping = cfg.clipping().transform();
        GradientTransform.State clip = clipping == null ? null : clipping.init(params);
        GradientTransform.State optimizer = cfg.optimizer().transform().init(params);
        Updates updates = new Updates(params);
        StepInfo info = new StepInfo();
        Batches batches = new Batches(train, cfg.batchSize(), new Random(cfg.seed()), cfg.shuffle());
        DivergenceDetector detector = new DivergenceDetector(cfg.divergence());
        BestWeights best = validation == null ? null : new BestWeights(params);
        long planned = cfg.plannedSteps(train.count());
        listeners.forEach(l -> l.onStart(params.stream().map(Parameter::name).toList(), planned));

        long start = System.nanoTime(), step = 0, skipped = 0, clipped = 0;
        double lastLoss = Double.NaN;
        int epoch = 0, sinceBest = 0;
        Outcome outcome = null;
        for (; epoch < cfg.epochs() && outcome == null && step < planned; epoch++) {
            batches.newEpoch();
            double epochLoss = 0.0;
            int epochSteps = 0;
            for (int b = 0; b < batches.count() && outcome == null && step < planned; b++, step++) {
                R064Store[] xy = batches.load(b);
                model.zeroGrad();
                double loss = model.lossAndGradient(xy[0], xy[1], batches.size(b), cfg.bptt());
                updates.loadGradients();
                info.start(step);
                double normBefore = info.updateNorm(updates);
                double[] gradNorms = new double[params.size()];
                for (int i = 0; i < gradNorms.length; i++) {
                    gradNorms[i] = info.updateNorm(updates, i);
                }
                double[] ratios = new double[params.size()];
                guard.update(updates, info);
                if (info.stopped()) {
                    outcome = new Outcome(Outcome.Status.DIVERGED, step, info.note());
                } else if (!info.skipped()) {
                    if (clip != null) {
                        clip.update(updates, info);
                    }
                    optimizer.update(updates, info);
                }
                double normAfter = Double.isNaN(info.normAfter()) ? normBefore : info.normAfter();
                if (outcome == null && !info.skipped()) {
                    String cause = detector.check(step, loss, normAfter);
                    if (cause != null) {
                        outcome = new Outcome(Outcome.Status.DIVERGED, step, cause);
                    } else {
                        updateRatios(updates, ratios);
                        updates.applyToParameters();
                    }
                }
                skipped += info.skipped() ? 1 : 0;
                clipped += info.clipped() ? 1 : 0;
                lastLoss = loss;
                epochLoss += loss;
                epochSteps++;
                StepMetrics m = new StepMetrics(step, epoch, loss, normBefore, normAfter, info.clipped(), info.skipped(),
                        info.learningRate(), gradNorms, ratios, seconds(start));
                listeners.forEach(l -> l.onStep(m, model));
            }
            if (outcome != null && epochSteps == 0) {
                break;
            }
            double validationLoss = validation == null ? Double.NaN : Validation.meanLoss(model, validation, cfg.batchSize(), cfg.bptt());
            boolean improved = best != null && outcome == null && best.offer(validationLoss, epoch);
            sinceBest = improved ? 0 : sinceBest + 1;
            EpochMetrics em = new EpochMetrics(epoch, step, epochLoss / Math.max(epochSteps, 1), validationLoss, improved,
                    seconds(start));
            listeners.forEach(l -> l.onEpoch(em));
            if (outcome == null && cfg.patience() > 0 && best != null && sinceBest >= cfg.patience()) {
                outcome = new Outcome(Outcome.Status.STOPPED_EARLY, step, "no better validation loss for " + cfg.patience()
                        + " epochs; best at epoch " + (best.epoch() + 1));
            }
        }
        if (best != null && best.epoch() >= 0) {
            best.restore();
        }
        TrainingResult result = new TrainingResult(outcome == null ? Outcome.completed() : outcome, step, epoch, lastLoss,
                best == null ? Double.NaN : best.loss(), best == null ? -1 : best.epoch(), skipped, clipped, seconds(start));
        listeners.forEach(l -> l.onEnd(result));
        return result;
    }

    private static void updateRatios(Updates updates, double[] ratios) {
        for (int i = 0; i < updates.count(); i++) {
            double w = Norms.l2(updates.parameter(i).value().data);
            ratios[i] = w == 0.0 ? 0.0 : Norms.l2(updates.values(i)) / w;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
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
