package org.rnnlab.cell;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.tensor.Block;

/**
 * One quantity of a window, stored for every time step: a {@code rows × count·B} store whose step
 * {@code t} is the column block {@code at(t)} (see the {@code tensor} package for the layout). The
 * naming rule of the cells: a workspace field {@code X} is the store, {@code X.at(t)} its step view,
 * {@code X.data} its array and {@code X.offset(t, b)} where sequence {@code b} of step {@code t}
 * starts in that array. The blocks are made once, so naming a step allocates nothing.
 */
final class StepStore {

    final R064Store store;
    final double[] data;
    final int rows;
    private final Block all;
    private final Block[] steps;

    /** {@code count} steps of {@code batch} columns of {@code rows} rows each. */
    StepStore(long rows, int count, int batch) {
        this.store = R064Store.FACTORY.make(rows, (long) count * batch);
        this.data = store.data;
        this.rows = Math.toIntExact(rows);
        this.all = Block.of(store);
        this.steps = new Block[count];
        for (int t = 0; t < count; t++) {
            steps[t] = Block.columns(store, t * batch, batch);
        }
    }

    /** Step {@code t}'s {@code rows × B} block. */
    Block at(int t) {
        return steps[t];
    }

    /** Every step as one block. */
    Block all() {
        return all;
    }

    /** The index in {@link #data} of row 0 of sequence {@code b} at step {@code t}. */
    int offset(int t, int b) {
        return steps[t].columnOffset(b);
    }
}
