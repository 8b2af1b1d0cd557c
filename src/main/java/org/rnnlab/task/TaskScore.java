package org.rnnlab.task;

import java.io.Serializable;

/**
 * How well a model does on a task's test sequences.
 *
 * @param metric    the headline metric's name ("mse", "accuracy", "relative_rmse")
 * @param value     its value
 * @param success   whether it meets the task's criterion
 * @param secondary a second figure (e.g. the adding problem's share of sequences within 0.04), NaN if none
 * @param secondaryName its name, or empty
 */
public record TaskScore(String metric, double value, boolean success, double secondary, String secondaryName) implements Serializable {

    public static TaskScore of(String metric, double value, boolean success) {
        return new TaskScore(metric, value, success, Double.NaN, "");
    }
}
