package org.rnnlab.data;

import org.rnnlab.name.Named;

/**
 * How each column is scaled, with parameters fitted on the training part only:
 * {@code scaled = (value − center) / scale}.
 *
 * <p>A column that is constant on the training part has no spread to divide by; its scale is
 * then 1, so it becomes {@code value − center} (0 on the training part) instead of dividing by zero.
 */
public enum Scaling implements Named {
    /** center = mean, scale = standard deviation (population, dividing by n). */
    ZSCORE,
    /** center = minimum, scale = maximum − minimum: the training part maps onto [0, 1]. */
    MINMAX,
    /** center = 0, scale = 1. */
    NONE
}
