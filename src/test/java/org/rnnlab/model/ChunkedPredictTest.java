package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;

/** Evaluating a window in truncated-BPTT chunks, the state carried across, gives the whole window's outputs. */
class ChunkedPredictTest {

    @ParameterizedTest
    @EnumSource(CellType.class)
    void chunkedPrediction_matchesTheWholeWindow(CellType cell) {
        for (TaskShape task : TaskShape.values()) {
            ModelConfig config = ModelConfig.of(cell, 3, 5, 2).withLayers(2).withTask(task);
            SequenceModel model = SequenceModel.create(config, Initialization.pytorchDefault(11));
            int steps = 10, batch = 4;
            Random rng = new Random(3);
            R064Store x = R064Store.FACTORY.make(3, (long) steps * batch);
            for (int i = 0; i < x.data.length; i++) {
                x.data[i] = rng.nextGaussian();
            }
            R064Store whole = model.predict(x, batch);
            for (int k : new int[] {1, 3, 5, 10}) {
                R064Store chunked = model.predict(x, batch, Bptt.truncated(k));
                assertEquals(whole.data.length, chunked.data.length);
                for (int i = 0; i < whole.data.length; i++) {
                    assertEquals(whole.data[i], chunked.data[i], 1e-12, cell + " " + task + " k=" + k + " output " + i);
                }
            }
        }
    }
}
