package org.rnnlab.train;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Sequences;

/**
 * A batch of sequences in the layout of the {@code tensor} package: inputs {@code D × T·B} and
 * targets {@code rows × B} (or {@code rows × T·B} with a target per step).
 *
 * @param x    the inputs
 * @param y    the targets
 * @param size B, the number of sequences
 */
public record Batch(R064Store x, R064Store y, int size) {

    /** Stores for a batch of {@code size} sequences of {@code data}, to be filled. */
    static Batch allocate(Sequences data, int size) {
        return new Batch(data.newInputStore(size), data.newTargetStore(size), size);
    }

    /** Sequences {@code [first, first + size)} of {@code data}, in order, copied into new stores. */
    public static Batch of(Sequences data, int first, int size) {
        Batch batch = allocate(data, size);
        data.copyBatch(indices(first, size), 0, size, batch.x, batch.y);
        return batch;
    }

    /** The first {@code size} sequences of {@code data}. */
    public static Batch first(Sequences data, int size) {
        return of(data, 0, size);
    }

    /** {@code first, first + 1, …, first + size − 1}: the sequences of a batch taken in order. */
    static int[] indices(int first, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = first + i;
        }
        return order;
    }
}
