package org.rnnlab.init;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.init.Initializer.Fans;

/** Orthogonal initialisation: QᵀQ = I for square and tall blocks, QQᵀ = I for wide ones, scaled by the gain. */
class OrthogonalTest {

    private static R064Store draw(double gain, int rows, int cols, long seed) {
        R064Store w = R064Store.FACTORY.make(rows, cols);
        new Orthogonal(gain).fill(w, new Fans(cols, rows, Math.max(rows, cols)), new Random(seed));
        return w;
    }

    /** Asserts that the {@code count} vectors (columns, or rows when {@code rows}) are orthogonal with length {@code length}. */
    private static void assertOrthogonal(R064Store w, boolean rows, double length) {
        int n = (int) (rows ? w.countRows() : w.countColumns());
        int len = (int) (rows ? w.countColumns() : w.countRows());
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0.0;
                for (int k = 0; k < len; k++) {
                    dot += rows ? w.get(a, k) * w.get(b, k) : w.get(k, a) * w.get(k, b);
                }
                double expected = a == b ? length * length : 0.0;
                assertEquals(expected, dot, 1e-12 * Math.max(1.0, length * length),
                        (rows ? "rows " : "columns ") + a + "·" + b);
            }
        }
    }

    @Test
    void square_givesQTransposeQEqualToIdentity() {
        for (int n : new int[] {1, 2, 5, 16}) {
            assertOrthogonal(draw(1.0, n, n, n), false, 1.0);
            assertOrthogonal(draw(1.0, n, n, n), true, 1.0);
        }
    }

    @Test
    void wide_givesOrthonormalRows() {
        assertOrthogonal(draw(1.0, 3, 8, 2), true, 1.0);
        assertOrthogonal(draw(1.0, 1, 4, 2), true, 1.0);
    }

    @Test
    void tall_givesOrthonormalColumns() {
        assertOrthogonal(draw(1.0, 8, 3, 3), false, 1.0);
        assertOrthogonal(draw(1.0, 4, 1, 3), false, 1.0);
    }

    @Test
    void gain_scalesEveryEntryExactly() {
        R064Store unit = draw(1.0, 6, 4, 11);
        R064Store doubled = draw(2.0, 6, 4, 11);
        for (int k = 0; k < unit.data.length; k++) {
            assertEquals(2.0 * unit.data[k], doubled.data[k], 0.0);
        }
        assertOrthogonal(draw(1.5, 5, 5, 12), false, 1.5);
    }

    @Test
    void differentSeeds_giveDifferentMatrices_andTheSignsAreNotAllPositiveOnTheDiagonal() {
        int positive = 0, total = 0;
        for (long seed = 1; seed <= 20; seed++) {
            R064Store w = draw(1.0, 4, 4, seed);
            for (int i = 0; i < 4; i++) {
                positive += w.get(i, i) > 0 ? 1 : 0;
                total++;
            }
        }
        // Haar-distributed Q has no preferred sign on its diagonal
        double share = (double) positive / total;
        assertEquals(0.5, share, 0.2, "share of positive diagonal entries");
    }
}
