package org.rnnlab.train;

import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Sequences;

/**
 * The mini-batches of an epoch: a (seeded) permutation of the sequences cut into batches, each
 * copied into stores allocated once per batch size.
 */
final class Batches {

    private final Sequences data;
    private final int batchSize;
    private final int[] order;
    private final Random rng;
    private final boolean shuffle;
    private final R064Store fullX, fullY;
    private R064Store lastX, lastY;

    Batches(Sequences data, int batchSize, Random rng, boolean shuffle) {
        this.data = data;
        this.batchSize = Math.min(batchSize, data.count());
        this.order = new int[data.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.rng = rng;
        this.shuffle = shuffle;
        this.fullX = data.newInputStore(this.batchSize);
        this.fullY = data.newTargetStore(this.batchSize);
    }

    int count() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Starts an epoch: a new Fisher–Yates permutation when shuffling. */
    void newEpoch() {
        if (!shuffle) {
            return;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    int size(int b) {
        return Math.min(batchSize, order.length - b * batchSize);
    }

    /** Copies batch {@code b} into its stores; returns {x, y}. */
    R064Store[] load(int b) {
        int size = size(b);
        R064Store x = fullX, y = fullY;
        if (size != batchSize) {
            if (lastX == null || lastX.countColumns() != (long) data.steps() * size) {
                lastX = data.newInputStore(size);
                lastY = data.newTargetStore(size);
            }
            x = lastX;
            y = lastY;
        }
        data.copyBatch(order, b * batchSize, size, x, y);
        return new R064Store[] {x, y};
    }
}
