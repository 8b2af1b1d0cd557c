package org.rnnlab.forecast;

import org.rnnlab.cell.CellType;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.TrainingConfig;

/** A GRU of three units trained for a few epochs: backtests in tests, where the numbers do not matter. */
final class TinyModelSource {

    private TinyModelSource() {
    }

    static ModelSource gru(int epochs) {
        return new ModelSource() {
            @Override
            public SequenceModel create(int inputs, int outputs, boolean manyToMany, int window, long seed) {
                return SequenceModel.create(ModelConfig.of(CellType.GRU, inputs, 3, outputs),
                        Initialization.pytorchDefault(seed));
            }

            @Override
            public TrainingConfig training(int trainingWindows, int window) {
                return TrainingConfig.defaults().withEpochs(epochs);
            }
        };
    }
}
