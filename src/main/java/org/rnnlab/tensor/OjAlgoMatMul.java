package org.rnnlab.tensor;

import java.util.ArrayList;
import java.util.List;

import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.store.R064Store;

/**
 * Matrix products through ojalgo's own {@code fillByMultiplying}.
 *
 * <p>ojalgo multiplies whole stores only and has no accumulating product, so operands that are
 * column blocks or transposed are first copied into scratch stores kept for reuse (a copy costs
 * {@code O(rows·cols)} against the product's {@code O(m·n·k)}), and {@code β ≠ 0} goes through a
 * scratch product and an add. Loading this class limits ojalgo to one thread
 * ({@code OjAlgoUtils.limitThreadsTo(1)}): its default multithreading made the small products of a
 * time step several times slower, and studies get their parallelism from independent runs.
 */
public final class OjAlgoMatMul implements MatMul {

    static {
        OjAlgoUtils.limitThreadsTo(1);
    }

    private final List<R064Store> scratch = new ArrayList<>();
    private int nextScratch;

    @Override
    public String name() {
        return "ojalgo";
    }

    @Override
    public void multiply(boolean transA, boolean transB, int m, int n, int k, Block a, Block b, double beta, Block c) {
        nextScratch = 0;
        R064Store left = operand(a, transA);
        R064Store right = operand(b, transB);
        if (beta == 0.0 && c.isWholeStore()) {
            c.store().fillByMultiplying(left, right);
            return;
        }
        R064Store product = scratch(m, n);
        product.fillByMultiplying(left, right);
        double[] C = c.data(), P = product.data;
        int co = c.offset();
        for (int i = 0, size = m * n; i < size; i++) {
            C[co + i] = beta == 0.0 ? P[i] : beta * C[co + i] + P[i];
        }
    }

    private R064Store operand(Block x, boolean transpose) {
        if (!transpose && x.isWholeStore()) {
            return x.store();
        }
        int rows = transpose ? x.cols() : x.rows();
        int cols = transpose ? x.rows() : x.cols();
        R064Store copy = scratch(rows, cols);
        double[] src = x.data(), dst = copy.data;
        int off = x.offset(), ld = x.rows();
        if (transpose) {
            for (int j = 0; j < x.cols(); j++) {
                for (int i = 0; i < x.rows(); i++) {
                    dst[j + i * rows] = src[off + i + j * ld];
                }
            }
        } else {
            System.arraycopy(src, off, dst, 0, x.size());
        }
        return copy;
    }

    /**
     * A scratch store of the given shape, distinct from those already handed out in this call:
     * entries {@code [0, nextScratch)} are in use, the rest are free for reuse.
     */
    private R064Store scratch(int rows, int cols) {
        int found = -1;
        for (int i = nextScratch; i < scratch.size() && found < 0; i++) {
            if (scratch.get(i).countRows() == rows && scratch.get(i).countColumns() == cols) {
                found = i;
            }
        }
        if (found < 0) {
            scratch.add(R064Store.FACTORY.make(rows, cols));
            found = scratch.size() - 1;
        }
        R064Store s = scratch.get(found);
        scratch.set(found, scratch.get(nextScratch));
        scratch.set(nextScratch++, s);
        return s;
    }
}
