package org.rnnlab.data;

import org.rnnlab.error.InputException;

/** Cuts rows {@code [from, to)} of a prepared series into windows (see {@link WindowOptions}). */
final class WindowCutter {

    private WindowCutter() {
    }

    /**
     * @param rowMajor     scaled feature values {@code [r * inputSize + d]}
     * @param trainingMean per target, for the baseline
     */
    static Windows cut(Part part, int from, int to, WindowOptions w, TimeSeriesTable table,
            Normalization normalization, double[] rowMajor, double[] trainingMean) {
        int count = to - from >= w.span() ? (to - from - w.span()) / w.stride() + 1 : 0;
        if (count == 0) {
            return new Windows(part, null, new int[0], w, table, normalization, trainingMean);
        }
        int inputSize = table.featureColumns().length;
        int[] targets = table.targetColumns();
        int targetSteps = w.manyToMany() ? w.window() : 1;
        long inputValues = (long) count * w.window() * inputSize;
        long targetValues = (long) count * targetSteps * targets.length;
        if (Math.max(inputValues, targetValues) > Integer.MAX_VALUE - 16) {
            throw InputException.of("the " + part.description() + " part would hold " + Math.max(inputValues,
                    targetValues) + " values in " + count + " windows, more than one array can; use a larger stride"
                    + " or a shorter window");
        }
        double[] inputs = new double[(int) inputValues];
        double[] outputs = new double[(int) targetValues];
        int[] starts = new int[count];
        int span = w.window() * inputSize;
        for (int n = 0; n < count; n++) {
            int start = from + n * w.stride();
            starts[n] = start;
            System.arraycopy(rowMajor, start * inputSize, inputs, n * span, span);
            for (int j = 0; j < targetSteps; j++) {
                int row = start + (w.manyToMany() ? j : w.window() - 1) + w.horizon();
                for (int o = 0; o < targets.length; o++) {
                    double[] column = table.columnView(targets[o]);
                    outputs[(n * targetSteps + j) * targets.length + o] = normalization.toTarget(o, row, w.horizon(),
                            r -> column[r]);
                }
            }
        }
        Sequences sequences = Sequences.of(count, w.window(), inputSize, targets.length, w.manyToMany(), inputs,
                outputs);
        return new Windows(part, sequences, starts, w, table, normalization, trainingMean);
    }
}
