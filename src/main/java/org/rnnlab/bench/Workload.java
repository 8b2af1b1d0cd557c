package org.rnnlab.bench;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.rnnlab.cell.CellType;

/**
 * A training-throughput workload, defined as in the reference PyTorch benchmark
 * ({@code peers/pytorch/bench.py}): one recurrent layer, a linear head on the last hidden state,
 * MSE against fixed random targets, full BPTT, global-norm clipping at 1.0, SGD with lr 0.01.
 *
 * @param id     W1 … W4, S1 … S3, or "custom"
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
    /** The laboratory's shapes ({@code peers/pytorch/study_shapes.py}): the adding problem's two inputs, H = 32, T = 200. */
    public static final Workload S1 = new Workload("S1", CellType.LSTM, 2, 32, 32, 200);
    public static final Workload S2 = new Workload("S2", CellType.RNN, 2, 32, 32, 200);
    public static final Workload S3 = new Workload("S3", CellType.GRU, 2, 32, 32, 200);

    public Workload {
        if (input < 1 || hidden < 1 || batch < 1 || steps < 1) {
            throw new IllegalArgumentException("workload sizes must be >= 1, got input " + input + ", hidden " + hidden
                    + ", batch " + batch + ", steps " + steps);
        }
    }

    /** The reference workloads W1–W4 ({@code --workload all}, as {@code bench.py --all}). */
    public static Workload[] all() {
        return new Workload[] {W1, W2, W3, W4};
    }

    /** The laboratory's small shapes S1–S3 ({@code --workload study}). */
    public static Workload[] study() {
        return new Workload[] {S1, S2, S3};
    }

    public static Optional<Workload> byId(String id) {
        return Stream.concat(Arrays.stream(all()), Arrays.stream(study())).filter(w -> w.id.equalsIgnoreCase(id)).findFirst();
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
