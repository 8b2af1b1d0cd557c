package org.rnnlab.forecast;

import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.TrainingConfig;

/**
 * Where the networks of a training run come from, and how each is trained: the caller's choices
 * (cell, size, initialisation, optimiser, ...) as two factories, so that the pipeline can make a
 * fresh, identical network for every recipe or ensemble member it trains.
 */
public interface ModelSource {

    /**
     * A new network (the same weights on every call with the same arguments).
     *
     * @param inputs     feature columns
     * @param outputs    target columns
     * @param manyToMany a target at every step
     * @param window     the steps of the windows it will read
     * @param seed       the seed of its initial weights
     */
    SequenceModel create(int inputs, int outputs, boolean manyToMany, int window, long seed);

    /**
     * The training configuration for a training part of {@code trainingWindows} windows of
     * {@code window} steps (schedules count steps per epoch); its seed is the run's base seed.
     */
    TrainingConfig training(int trainingWindows, int window);

    /**
     * Whether {@link #create} returns trained weights (from a model file), which the pipeline then
     * leaves as they are instead of starting the highway from a least-squares fit ({@link HighwayStart}).
     */
    default boolean trained() {
        return false;
    }
}
