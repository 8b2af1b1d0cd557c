package org.rnnlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;

/** Column blocks of column-major stores: where they sit, what they may not do, and the messages. */
class BlockTest {

    @Test
    void columns_viewsAContiguousSliceInColumnMajorOrder() {
        R064Store s = R064Store.FACTORY.make(2, 4);
        for (int i = 0; i < 8; i++) {
            s.data[i] = i;
        }
        Block b = Block.columns(s, 1, 2);
        assertEquals(2, b.offset());
        assertEquals(4, b.size());
        assertEquals(2.0, b.get(0, 0), 0.0);
        assertEquals(5.0, b.get(1, 1), 0.0);
        assertEquals(s.get(1, 2), b.get(1, 1), 0.0);
        b.set(1, 0, -1.0);
        assertEquals(-1.0, s.get(1, 1), 0.0);
        assertFalse(b.isWholeStore());
        assertTrue(Block.of(s).isWholeStore());
        assertTrue(Block.columns(s, 0, 4).isWholeStore());
    }

    @Test
    void zeroAndCopyFrom_touchOnlyTheBlock() {
        R064Store s = R064Store.FACTORY.make(2, 3);
        java.util.Arrays.fill(s.data, 7.0);
        Block.columns(s, 1, 1).zero();
        assertEquals("[7.0, 7.0, 0.0, 0.0, 7.0, 7.0]", java.util.Arrays.toString(s.data));
        R064Store src = R064Store.FACTORY.make(2, 1);
        src.data[0] = 1.0;
        src.data[1] = 2.0;
        Block.columns(s, 2, 1).copyFrom(Block.of(src));
        assertEquals("[7.0, 7.0, 0.0, 0.0, 1.0, 2.0]", java.util.Arrays.toString(s.data));
    }

    @Test
    void construction_rejectsBlocksThatDoNotFitTheirStore() {
        R064Store s = R064Store.FACTORY.make(2, 4);
        assertMessage("a block must view its own store's array", () -> new Block(s, new double[8], 0, 2, 4));
        assertMessage("a block must view its own store's array", () -> new Block(null, s.data, 0, 2, 4));
        assertMessage("block rows 3 differ from store rows 2", () -> new Block(s, s.data, 0, 3, 2));
        assertMessage("block [offset 6, 2x2] does not fit a store of 8 elements", () -> Block.columns(s, 3, 2));
        assertMessage("block [offset 1, 2x2] does not fit a store of 8 elements", () -> new Block(s, s.data, 1, 2, 2));
        assertMessage("block [offset -2, 2x1] does not fit a store of 8 elements", () -> Block.columns(s, -1, 1));
        assertMessage("block [offset 0, 2x-1] does not fit a store of 8 elements", () -> new Block(s, s.data, 0, 2, -1));
    }

    @Test
    void requireSameShape_namesTheOperationAndBothShapes() {
        Block a = Block.of(R064Store.FACTORY.make(2, 3));
        Block b = Block.of(R064Store.FACTORY.make(3, 2));
        assertMessage("copyFrom: shape 3x2 does not match 2x3", () -> a.copyFrom(b));
        a.requireSameShape(Block.of(R064Store.FACTORY.make(2, 3)), "fine");
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
