package org.rnnlab.forecast;

import java.util.List;
import java.util.Optional;

import org.rnnlab.data.PreparedData;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingResult;

/**
 * The outcome of {@link Fitting#fit}: the windows of the kept recipe and the ensemble trained on
 * them, with the first member's configuration, result and step metrics (what the training chart
 * and the outcome line show) and every member's result.
 *
 * @param data          the prepared windows (training + validation rows as training after a refit)
 * @param ensemble      the kept networks, one per seed
 * @param config        the first member's training configuration
 * @param result        the first member's training result
 * @param metrics       the first member's step metrics
 * @param members       every member's seed and result, in member order
 * @param choice        auto's candidates and choice, when the transforms were chosen
 * @param refitEpochs   per member, the epochs of its refit on training + validation rows; empty without --refit
 * @param intervals     per target, the validation forecast errors behind prediction intervals (empty when
 *                      the validation part holds no forecast origin)
 * @param totalSeconds  the training time of every network trained (candidates, members, refits)
 */
public record Fitted(PreparedData data, Ensemble ensemble, TrainingConfig config, TrainingResult result,
        MetricsRecorder metrics, List<Member> members, Optional<RecipeChoice> choice, List<Integer> refitEpochs,
        List<ConformalIntervals> intervals, double totalSeconds) {

    /** One member: its seed and how its training (the one that chose its epochs) went. */
    public record Member(long seed, TrainingResult result) {
    }

    public Fitted {
        members = List.copyOf(members);
        refitEpochs = List.copyOf(refitEpochs);
        intervals = List.copyOf(intervals);
    }

    /** The same with the held-out errors behind prediction intervals. */
    Fitted withIntervals(List<ConformalIntervals> errors) {
        return new Fitted(data, ensemble, config, result, metrics, members, choice, refitEpochs, errors, totalSeconds);
    }
}
