package org.rnnlab.tensor;

import org.ojalgo.matrix.store.R064Store;

/**
 * A column block of a column-major store: columns {@code [firstColumn, firstColumn + cols)} of
 * {@code store}, which occupy the contiguous range {@code data[offset, offset + rows·cols)}.
 * Element {@code (i, j)} of the block is {@code data[offset + i + j·rows]}; the leading dimension
 * is {@code rows}.
 *
 * <p>Blocks are made once per workspace and reused, so naming a time step costs nothing in the
 * time loop.
 */
public record Block(R064Store store, double[] data, int offset, int rows, int cols) {

    public Block {
        if (store == null || data != store.data) {
            throw new IllegalArgumentException("a block must view its own store's array");
        }
        int storeRows = Math.toIntExact(store.countRows());
        if (rows != storeRows) {
            throw new IllegalArgumentException("block rows " + rows + " differ from store rows " + storeRows);
        }
        if (cols < 0 || offset < 0 || offset % Math.max(rows, 1) != 0
                || (long) offset + (long) rows * cols > data.length) {
            throw new IllegalArgumentException("block [offset " + offset + ", " + rows + "x" + cols
                    + "] does not fit a store of " + data.length + " elements");
        }
    }

    /** The whole store as a block. */
    public static Block of(R064Store store) {
        return new Block(store, store.data, 0, Math.toIntExact(store.countRows()),
                Math.toIntExact(store.countColumns()));
    }

    /** Columns {@code [firstColumn, firstColumn + count)} of {@code store}. */
    public static Block columns(R064Store store, int firstColumn, int count) {
        int rows = Math.toIntExact(store.countRows());
        return new Block(store, store.data, firstColumn * rows, rows, count);
    }

    /** Number of elements. */
    public int size() {
        return rows * cols;
    }

    /** True when the block is its whole store. */
    public boolean isWholeStore() {
        return offset == 0 && size() == data.length;
    }

    /** Where column {@code col} starts in {@link #data}: {@code offset + col·rows}. */
    public int columnOffset(int col) {
        return offset + col * rows;
    }

    public double get(int row, int col) {
        return data[offset + row + col * rows];
    }

    public void set(int row, int col, double value) {
        data[offset + row + col * rows] = value;
    }

    /** Sets every element to zero. */
    public void zero() {
        java.util.Arrays.fill(data, offset, offset + size(), 0.0);
    }

    /** Copies {@code source} (same shape) into this block. */
    public void copyFrom(Block source) {
        requireSameShape(source, "copyFrom");
        System.arraycopy(source.data, source.offset, data, offset, size());
    }

    /** Throws unless {@code other} has this block's shape. */
    public void requireSameShape(Block other, String operation) {
        if (other.rows != rows || other.cols != cols) {
            throw new IllegalArgumentException(operation + ": shape " + other.rows + "x" + other.cols
                    + " does not match " + rows + "x" + cols);
        }
    }

    @Override
    public String toString() {
        return "Block[" + rows + "x" + cols + " at " + offset + "]";
    }
}
