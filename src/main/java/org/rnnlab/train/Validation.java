package org.rnnlab.train;

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
        int count = data.count(), batch = Math.min(batchSize, count);
        double total = 0.0;
        for (int first = 0; first < count; first += batch) {
            Batch b = Batch.of(data, first, Math.min(batch, count - first));
            total += model.loss(b.x(), b.y(), b.size(), bptt) * b.size();
        }
        return total / count;
    }
}
