package org.rnnlab.bench;

import java.util.Arrays;
import java.util.Optional;

import org.rnnlab.cell.CellType;

/**
 * A training-throughput workload, defined as in the reference PyTorch benchmark
 * ({@code peers/pytorch/bench.py}): one recurrent layer, a linear head on the last hidden state,
 * MSE against fixed random targets, full BPTT, global-norm clipping at 1.0, SGD with lr 0.01.
 *
 * @param id     W1 … W4, or "custom"
 * @param cell   the cell
 * @param input  D
 * @param hidden H
 * @param batch  B
 * @param steps  T
 */
public record Workload(String id, CellType cell, int input, int hidden, int batch, int steps) {

    public static final Workload W1 = new Workload("W1", CellType.LSTM, 8, 128, 32, 100);
    public static final Workload W2 = new Workload("W2", CellType.RNN, 8, 128, 32, 100);
    public static final Workload W3 = new Workload("W3", CellType.LSTM, 1, 32, 1, 50);
    public static final Workload W4 = new Workload("W4", CellType.LSTM, 32, 512, 64, 50);

    public Workload {
        if (input < 1 || hidden < 1 || batch < 1 || steps < 1) {
            throw new IllegalArgumentException("workload sizes must be >= 1, got input " + input + ", hidden " + hidden
                    + ", batch " + batch + ", steps " + steps);
        }
    }

    public static Workload[] all() {
        return new Workload[] {W1, W2, W3, W4};
    }

    public static Optional<Workload> byId(String id) {
        return Arrays.stream(all()).filter(w -> w.id.equalsIgnoreCase(id)).findFirst();
    }

    /**
     * The conventional matrix-product count of one training iteration: forward 2·B·G·H·(D+H) per
     * step, backward twice that, so 3·T·2·B·G·H·(D+H). Element-wise work and the head are not
     * counted.
     */
    public double flopsPerIteration() {
        return 3.0 * steps * 2.0 * batch * cell.gates() * hidden * (double) (input + hidden);
    }

    public String describe() {
        return id + " " + cell.id() + " D=" + input + " H=" + hidden + " B=" + batch + " T=" + steps;
    }
}
