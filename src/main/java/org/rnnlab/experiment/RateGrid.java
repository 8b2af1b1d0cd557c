package org.rnnlab.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.rnnlab.optim.Schedule;
import org.rnnlab.task.Task;

/**
 * Learning rates crossed with clipping thresholds (Pascanu et al. 2013; Zhang et al. 2020 argue that
 * clipping permits larger steps): for each learning rate η, the base variant at a constant η (its
 * optimiser otherwise unchanged) swept over the thresholds as {@link Grid#sweep} does. Variants are
 * named after the base, the rate and the threshold: "tanh-lr0.1-tau-1", "tanh-lr0.1-none".
 */
public final class RateGrid {

    private RateGrid() {
    }

    public static List<RunSpec> sweep(Variant base, List<Grid.Threshold> thresholds, List<Double> rates, List<Integer> lengths,
            int seeds, IntFunction<Task> taskOfLength, StudySettings settings) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a learning-rate sweep needs at least one learning rate");
        }
        if (rates.stream().distinct().count() != rates.size()) {
            throw new IllegalArgumentException("learning rates must be distinct, got " + rates);
        }
        List<RunSpec> specs = new ArrayList<>();
        for (double rate : rates) {
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("a learning rate must be > 0, got " + rate);
            }
            Variant at = base.withName(base.name() + "-lr" + label(rate)).withOptimizer(
                    base.optimizer().withSchedule(new Schedule.Constant(rate)));
            specs.addAll(Grid.sweep(at, thresholds, lengths, seeds, taskOfLength, settings));
        }
        return specs;
    }

    /** "0.1", "1", "1E-4" → "0.1", "1", "0.0001": the shortest plain decimal. */
    static String label(double rate) {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }
}
