package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/** {@code u ← −η_t·u}: the last link of every optimiser, turning a direction into a descent step. */
public record ScaleByLearningRate(Schedule schedule) implements GradientTransform {

    public ScaleByLearningRate {
        if (schedule == null) {
            throw new IllegalArgumentException("a learning-rate schedule is required");
        }
    }

    @Override
    public RateState init(List<Parameter> parameters) {
        return new RateState(this);
    }

    /** Nothing that changes: the rate is a function of the step ({@link StepInfo#step()}). */
    public record RateState(ScaleByLearningRate link) implements State {

        @Override
        public void update(Updates updates, StepInfo info) {
            double rate = link.schedule.rate(info.step());
            info.recordLearningRate(rate);
            for (int i = 0; i < updates.count(); i++) {
                double[] u = updates.values(i);
                for (int k = 0; k < u.length; k++) {
                    u[k] *= -rate;
                }
            }
        }
    }
}
