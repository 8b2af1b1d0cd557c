package org.rnnlab.train;

import java.util.Random;

import org.rnnlab.data.Sequences;

/**
 * The mini-batches of an epoch: a (seeded) permutation of the sequences cut into batches, each
 * copied into stores allocated once per batch size, so loading a batch allocates nothing.
 */
final class Batches {

    private final Sequences data;
    private final int batchSize;
    private final int[] order;
    private final Random rng;
    private final boolean shuffle;
    private final Batch full;
    private Batch last;

    Batches(Sequences data, int batchSize, Random rng, boolean shuffle) {
        this.data = data;
        this.batchSize = Math.min(batchSize, data.count());
        this.order = Batch.indices(0, data.count());
        this.rng = rng;
        this.shuffle = shuffle;
        this.full = Batch.allocate(data, this.batchSize);
    }

    int count() {
        return (int) TrainingConfig.stepsPerEpoch(order.length, batchSize);
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

    /** Copies batch {@code b} of this epoch's permutation into its stores (reused from batch to batch). */
    Batch load(int b) {
        int size = size(b);
        Batch batch = full;
        if (size != batchSize) {
            if (last == null || last.size() != size) {
                last = Batch.allocate(data, size);
            }
            batch = last;
        }
        data.copyBatch(order, b * batchSize, size, batch.x(), batch.y());
        return batch;
    }
}
