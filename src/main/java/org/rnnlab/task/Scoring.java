package org.rnnlab.task;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.data.Sequences;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.train.Batch;

/** Runs a model over test sequences in batches and hands each prediction to a visitor. */
final class Scoring {

    /** Receives one sequence's outputs (column {@code col} of {@code out}) and its targets. */
    interface Visitor {
        void visit(R064Store out, int col, Sequences test, int sequence, int step);
    }

    private Scoring() {
    }

    static final int BATCH = 256;

    static void forEachPrediction(SequenceModel model, Sequences test, Visitor visitor) {
        for (int start = 0; start < test.count(); start += BATCH) {
            int size = Math.min(BATCH, test.count() - start);
            R064Store out = model.predict(Batch.of(test, start, size).x(), size);
            int positions = test.targetPerStep() ? test.steps() : 1;
            for (int t = 0; t < positions; t++) {
                for (int b = 0; b < size; b++) {
                    visitor.visit(out, t * size + b, test, start + b, t);
                }
            }
        }
    }

    /** The index of the largest value of column {@code col}. */
    static int argmax(R064Store out, int col) {
        int best = 0;
        for (int k = 1; k < out.countRows(); k++) {
            if (out.get(k, col) > out.get(best, col)) {
                best = k;
            }
        }
        return best;
    }
}
