package org.rnnlab.train;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.Bptt;
import org.rnnlab.model.SequenceModel;

/** The mean loss of a model over a set of sequences, in batches, without touching gradients. */
public final class Validation {

    private Validation() {
    }

    /** The loss averaged over every sequence of {@code data} (each batch weighted by its size). */
    public static double meanLoss(SequenceModel model, Sequences data, int batchSize) {
        return meanLoss(model, data, batchSize, Bptt.full());
    }

    /** As {@link #meanLoss(SequenceModel, Sequences, int)}, each window run forward in {@code bptt}'s chunks. */
    public static double meanLoss(SequenceModel model, Sequences data, int batchSize, Bptt bptt) {
        int batch = Math.min(batchSize, data.count());
        int[] order = new int[data.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double total = 0.0;
        for (int start = 0; start < order.length; start += batch) {
            int size = Math.min(batch, order.length - start);
            R064Store x = data.newInputStore(size), y = data.newTargetStore(size);
            data.copyBatch(order, start, size, x, y);
            total += model.loss(x, y, size, bptt) * size;
        }
        return total / order.length;
    }
}
