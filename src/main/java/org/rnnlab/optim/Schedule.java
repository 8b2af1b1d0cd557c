package org.rnnlab.optim;

import java.io.Serializable;

/**
 * A learning rate as a function of the optimisation step (0-based).
 */
public sealed interface Schedule extends Serializable permits Schedule.Constant, Schedule.StepDecay, Schedule.Cosine, Schedule.Warmup {

    double rate(long step);

    /** The same rate at every step. */
    record Constant(double rate) implements Schedule {
        public Constant {
            requirePositive("learning rate", rate);
        }

        @Override
        public double rate(long step) {
            return rate;
        }
    }

    /** {@code rate · factor^⌊step / every⌋}: multiplied by {@code factor} every {@code every} steps. */
    record StepDecay(double initial, double factor, long every) implements Schedule {
        public StepDecay {
            requirePositive("learning rate", initial);
            if (!(factor > 0.0 && factor <= 1.0)) {
                throw new IllegalArgumentException("step decay factor must be in (0, 1], got " + factor);
            }
            if (every < 1) {
                throw new IllegalArgumentException("step decay interval must be >= 1 step, got " + every);
            }
        }

        @Override
        public double rate(long step) {
            return initial * Math.pow(factor, step / every);
        }
    }

    /**
     * Cosine annealing (Loshchilov and Hutter 2017) from {@code initial} to {@code minimum} over
     * {@code steps} steps, then {@code minimum}: {@code min + (initial − min)(1 + cos(π·step/steps))/2}.
     */
    record Cosine(double initial, double minimum, long steps) implements Schedule {
        public Cosine {
            requirePositive("learning rate", initial);
            if (!(minimum >= 0.0 && minimum <= initial)) {
                throw new IllegalArgumentException("cosine minimum must be in [0, " + initial + "], got " + minimum);
            }
            if (steps < 1) {
                throw new IllegalArgumentException("cosine schedule needs >= 1 step, got " + steps);
            }
        }

        @Override
        public double rate(long step) {
            if (step >= steps) {
                return minimum;
            }
            return minimum + (initial - minimum) * 0.5 * (1.0 + Math.cos(Math.PI * step / steps));
        }
    }

    /** Linear warm-up: {@code after.rate(step)·(step+1)/steps} for the first {@code steps} steps, then {@code after}. */
    record Warmup(long steps, Schedule after) implements Schedule {
        public Warmup {
            if (steps < 1) {
                throw new IllegalArgumentException("warm-up needs >= 1 step, got " + steps);
            }
            if (after == null) {
                throw new IllegalArgumentException("warm-up needs the schedule that follows it");
            }
        }

        @Override
        public double rate(long step) {
            double base = after.rate(step);
            return step < steps ? base * (step + 1) / steps : base;
        }
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0, got " + value);
        }
    }
}
