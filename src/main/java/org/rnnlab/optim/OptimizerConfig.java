package org.rnnlab.optim;

import java.io.Serializable;

/**
 * An optimiser's hyper-parameters, turned into its chain of transforms by {@link #transform()}.
 * Defaults follow PyTorch: momentum 0.9, Adam β = (0.9, 0.999) and ε = 1e-8, RMSprop α = 0.99 and
 * ε = 1e-8, Adagrad ε = 1e-10.
 *
 * @param kind     which optimiser
 * @param schedule the learning rate per step
 * @param momentum μ for momentum and Nesterov
 * @param beta1    Adam's β₁
 * @param beta2    Adam's β₂
 * @param alpha    RMSprop's smoothing constant α
 * @param eps      the denominator's ε (NaN for the optimiser's default)
 */
public record OptimizerConfig(OptimizerKind kind, Schedule schedule, double momentum, double beta1, double beta2,
        double alpha, double eps) implements Serializable {

    public OptimizerConfig {
        if (kind == null || schedule == null) {
            throw new IllegalArgumentException("an optimiser needs a kind and a learning-rate schedule");
        }
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        if (Double.isNaN(eps)) {
            eps = kind == OptimizerKind.ADAGRAD ? 1e-10 : 1e-8;
        }
        // the links validate the rest with their own messages
        transformOf(kind, schedule, momentum, beta1, beta2, alpha, eps);
    }

    /** The optimiser with PyTorch's defaults and a constant learning rate. */
    public static OptimizerConfig of(OptimizerKind kind, double learningRate) {
        return new OptimizerConfig(kind, new Schedule.Constant(learningRate), 0.9, 0.9, 0.999, 0.99, Double.NaN);
    }

    public OptimizerConfig withSchedule(Schedule value) {
        return new OptimizerConfig(kind, value, momentum, beta1, beta2, alpha, eps);
    }

    public OptimizerConfig withMomentum(double value) {
        return new OptimizerConfig(kind, schedule, value, beta1, beta2, alpha, eps);
    }

    /** The chain: the optimiser's scaling, then −learning rate. */
    public GradientTransform transform() {
        return transformOf(kind, schedule, momentum, beta1, beta2, alpha, eps);
    }

    private static GradientTransform transformOf(OptimizerKind kind, Schedule schedule, double momentum, double beta1,
            double beta2, double alpha, double eps) {
        GradientTransform rate = new ScaleByLearningRate(schedule);
        return switch (kind) {
            case SGD -> Chain.of(rate);
            case MOMENTUM -> Chain.of(new Trace(momentum, false), rate);
            case NESTEROV -> Chain.of(new Trace(momentum, true), rate);
            case ADAGRAD -> Chain.of(new ScaleByRss(0.0, eps), rate);
            case RMSPROP -> Chain.of(new ScaleByRms(alpha, eps), rate);
            case ADAM -> Chain.of(new ScaleByAdam(beta1, beta2, eps), rate);
        };
    }
}
