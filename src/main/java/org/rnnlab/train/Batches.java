package org.rnnlab.train;

import java.util.Random;

import org.rnnlab.data.Sequences;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The mini-batches of an epoch: a (seeded) permutation of the sequences cut into batches, each
 * copied into stores allocated once per batch size, so loading a batch allocates nothing.
 */
final class Batches {

    private final Sequences data;
    private final int batchSize;
    private final int[] order;
    private Random rng;
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

    /** The generator's state and this epoch's order, for a checkpoint. */
    ObjectNode toJson() {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.put("random", RandomState.write(rng));
        o.set("order", CheckpointJson.ints(order));
        return o;
    }

    /** Continues from a checkpoint: the generator where it was, and the epoch's order. */
    void restore(JsonNode json, String where) {
        rng = RandomState.read(CheckpointJson.text(json, "random", where), where + ".random");
        CheckpointJson.readInts(json.get("order"), order, where + ".order");
        boolean[] seen = new boolean[order.length];
        for (int i : order) {
            if (i < 0 || i >= order.length || seen[i]) {
                throw new IllegalArgumentException(where + ".order: not a permutation of 0.." + (order.length - 1));
            }
            seen[i] = true;
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
