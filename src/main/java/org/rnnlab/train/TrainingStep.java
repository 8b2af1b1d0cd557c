package org.rnnlab.train;

import java.util.Arrays;
import java.util.List;

import org.rnnlab.clip.GuardNonFinite;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.optim.Chain;
import org.rnnlab.optim.GradientTransform;
import org.rnnlab.optim.StateRecords;
import org.rnnlab.optim.StepInfo;
import org.rnnlab.optim.Updates;
import org.rnnlab.tensor.Norms;
import org.rnnlab.tensor.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One optimisation step, in the order of nanoGPT's training loop: forward and BPTT, the gradient norm
 * (logged before clipping), the non-finite guard, clipping, the update, the record. The norm is
 * measured once, in the step's {@link StepInfo}, and the guard and the clipping link read it there.
 *
 * <p>Holds what lasts a run: the guard's, the clipper's and the optimiser's state, the divergence
 * reference and the buffers a step writes, so that the step allocates nothing of its own beyond the
 * model's forward and backward pass and the {@link StepMetrics} it hands the listeners (none when
 * nobody listens). Divergence is the step's return value, not an exception.
 */
final class TrainingStep {

    private final SequenceModel model;
    private final TrainingConfig cfg;
    private final List<TrainingListener> listeners;
    private long startNanos;
    private final Updates updates;
    private final StepInfo info = new StepInfo();
    private final GradientTransform.State guard;
    private final GradientTransform.State clip;
    private final GradientTransform.State optimizer;
    private final DivergenceDetector detector;
    /** Each parameter's gradient norm and ‖update‖/‖weights‖ of the current step. */
    private final double[] gradNorms;
    private final double[] ratios;
    private double loss = Double.NaN;
    private long skipped;
    private long clipped;

    TrainingStep(SequenceModel model, TrainingConfig cfg, List<TrainingListener> listeners, long startNanos) {
        List<Parameter> params = model.parameters();
        this.model = model;
        this.cfg = cfg;
        this.listeners = List.copyOf(listeners);
        this.startNanos = startNanos;
        this.updates = new Updates(params);
        this.guard = new GuardNonFinite(cfg.nonFinite()).init(params);
        GradientTransform clipping = cfg.clipping().transform();
        this.clip = (clipping == null ? new Chain(List.of()) : clipping).init(params);
        this.optimizer = cfg.optimizer().transform().init(params);
        this.detector = new DivergenceDetector(cfg.divergence());
        this.gradNorms = new double[params.size()];
        this.ratios = new double[params.size()];
    }

    /**
     * Trains on one batch as optimisation step {@code step} of epoch {@code epoch}.
     *
     * @return how training ends if it ends here (a non-finite gradient or divergence: the update is
     *         then not applied), or null when it goes on
     */
    Outcome run(Batch batch, long step, int epoch) {
        model.zeroGrad();
        loss = model.lossAndGradient(batch.x(), batch.y(), batch.size(), cfg.bptt()); // forward and BPTT
        updates.loadGradients();
        info.start(step);
        double norm = gradientNorm();         // before clipping; the guard and the clipper read the same number
        Arrays.fill(ratios, 0.0);
        guard.update(updates, info);          // NaN or ±Inf: stop, skip the step or shrink W_hh
        double guarded = norm;
        Outcome end = null;
        if (info.stopped()) {
            end = new Outcome(Outcome.Status.DIVERGED, step, info.note());
        } else if (!info.skipped()) {
            guarded = info.updateNorm(updates); // the gradient's norm, or the shrunk updates' when the guard replaced them
            clip.update(updates, info);
            optimizer.update(updates, info);
            end = applyUnlessDiverged(step, appliedNorm(guarded));
        }
        if (end != null) {
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).onDiverged(end, batch, model);
            }
        }
        record(step, epoch, norm, appliedNorm(guarded));
        return end;
    }

    /** The global L2 norm of the gradient, with each parameter's into {@link #gradNorms}. */
    private double gradientNorm() {
        for (int i = 0; i < gradNorms.length; i++) {
            gradNorms[i] = info.updateNorm(updates, i);
        }
        return info.updateNorm(updates);
    }

    /** The norm the update used: after clipping, or the gradient's own when no clipping link measured it. */
    private double appliedNorm(double norm) {
        return Double.isNaN(info.normAfter()) ? norm : info.normAfter();
    }

    /** Adds the update to the weights unless the divergence rule says this step diverged. */
    private Outcome applyUnlessDiverged(long step, double norm) {
        String cause = detector.check(step, loss, norm);
        if (cause != null) {
            return new Outcome(Outcome.Status.DIVERGED, step, cause);
        }
        for (int i = 0; i < updates.count(); i++) {
            double w = Norms.l2(updates.parameter(i).value().data);
            ratios[i] = w == 0.0 ? 0.0 : Norms.l2(updates.values(i)) / w;
        }
        updates.applyToParameters();
        return null;
    }

    /** Counts the step and hands the listeners its metrics. */
    private void record(long step, int epoch, double norm, double applied) {
        skipped += info.skipped() ? 1 : 0;
        clipped += info.clipped() ? 1 : 0;
        if (listeners.isEmpty()) {
            return;
        }
        StepMetrics m = new StepMetrics(step, epoch, loss, norm, applied, info.clipped(), info.skipped(),
                info.learningRate(), gradNorms.clone(), ratios.clone(), Trainer.seconds(startNanos), info.threshold(),
                info.clippedShare());
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).onStep(m, model);
        }
    }

    /**
     * What the step keeps from step to step, for a checkpoint: the last loss, the counters, the state
     * of the guard, the clipping link and the optimiser (by {@link StateRecords}), and the divergence reference.
     */
    ObjectNode toJson() {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.set("loss", StateRecords.number(loss));
        o.put("skipped", skipped);
        o.put("clipped", clipped);
        o.set("guard", StateRecords.toJson(guard));
        o.set("clip", StateRecords.toJson(clip));
        o.set("optimizer", StateRecords.toJson(optimizer));
        o.set("divergence", detector.toJson());
        return o;
    }

    void restore(JsonNode json, String where) {
        loss = CheckpointJson.number(json, "loss", where);
        skipped = CheckpointJson.integer(json, "skipped", where, 0, Long.MAX_VALUE);
        clipped = CheckpointJson.integer(json, "clipped", where, 0, Long.MAX_VALUE);
        restoreState(json, "guard", guard, where);
        restoreState(json, "clip", clip, where);
        restoreState(json, "optimizer", optimizer, where);
        detector.restore(CheckpointJson.object(json, "divergence", where), where + ".divergence");
    }

    private static void restoreState(JsonNode json, String field, GradientTransform.State into, String where) {
        try {
            StateRecords.restore(json.get(field), into);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + field + ": " + e.getMessage(), e);
        }
    }

    /** Counts the step's clock from {@code seconds} ago (a resumed run continues the time of the one it resumes). */
    void startClockAt(double seconds) {
        startNanos = System.nanoTime() - (long) (seconds * 1e9);
    }

    /** Seconds since training started. */
    double seconds() {
        return Trainer.seconds(startNanos);
    }

    /** The batch loss of the last step. */
    double loss() {
        return loss;
    }

    /** Steps whose update the non-finite "skip" policy dropped. */
    long skipped() {
        return skipped;
    }

    /** Steps where clipping changed the gradient. */
    long clipped() {
        return clipped;
    }
}
