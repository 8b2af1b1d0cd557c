package org.rnnlab.data;

import java.util.Random;

/**
 * Windows of a noisy sine wave, many-to-one: the input is {@code x_t = sin(2π t / period + φ) + ε_t}
 * for t = 0 … T−1 with a random phase φ per sequence and Gaussian noise ε of standard deviation
 * {@code noise}; the target is the clean value one step after the window, sin(2π T / period + φ).
 * The best possible predictor reaches an MSE near 0; predicting the mean (0) gives 0.5.
 *
 * @param steps  T
 * @param period samples per cycle
 * @param noise  standard deviation of the input noise
 */
public record NoisySine(int steps, double period, double noise) {

    public NoisySine {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        if (!(period > 1.0)) {
            throw new IllegalArgumentException("period must be > 1 sample, got " + period);
        }
        if (!(noise >= 0.0)) {
            throw new IllegalArgumentException("noise must be >= 0, got " + noise);
        }
    }

    /** {@code count} sequences drawn with the given seed. */
    public Sequences generate(int count, long seed) {
        Random rng = new Random(seed);
        double[] inputs = new double[count * steps];
        double[] targets = new double[count];
        double w = 2.0 * Math.PI / period;
        for (int n = 0; n < count; n++) {
            double phase = 2.0 * Math.PI * rng.nextDouble();
            for (int t = 0; t < steps; t++) {
                inputs[n * steps + t] = Math.sin(w * t + phase) + noise * rng.nextGaussian();
            }
            targets[n] = Math.sin(w * steps + phase);
        }
        return Sequences.of(count, steps, 1, 1, false, inputs, targets);
    }
}
