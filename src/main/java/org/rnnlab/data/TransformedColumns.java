package org.rnnlab.data;

/**
 * The columns of a table after {@link Transforms} (before scaling), and the scaling fitted on a
 * range of their rows. The rows before {@link Transforms#firstRow()} have no value (NaN) and are never used.
 */
final class TransformedColumns {

    private final TimeSeriesTable table;
    private final Transforms transforms;
    /** values[c][r] */
    private final double[][] values;

    private TransformedColumns(TimeSeriesTable table, Transforms transforms, double[][] values) {
        this.table = table;
        this.transforms = transforms;
        this.values = values;
    }

    /** Applies the transforms to every column; rejects non-positive values for log at their cell. */
    static TransformedColumns of(TimeSeriesTable table, Transforms transforms) {
        int columns = table.columns().size();
        if (transforms.log()) {
            for (int r = 0; r < table.rows(); r++) {
                for (int c = 0; c < columns; c++) {
                    double x = table.value(r, c);
                    if (!(x > 0)) {
                        throw table.errorAt(r, c, "the log transform needs positive values, but column "
                                + CsvText.quote(table.columns().get(c)) + " holds " + x + " here; drop the log transform, or"
                                + " shift the column above zero first");
                    }
                }
            }
        }
        double[][] values = new double[columns][];
        for (int c = 0; c < columns; c++) {
            values[c] = transforms.apply(table.columnView(c));
        }
        return new TransformedColumns(table, transforms, values);
    }

    /** The first row with a value: see {@link Transforms#firstRow()}. */
    int firstRow() {
        return transforms.firstRow();
    }

    double value(int column, int row) {
        return values[column][row];
    }

    /** Fits the scaling on rows {@code [from, to)} (non-empty) of every column. */
    Normalization fit(Scaling scaling, int from, int to) {
        int columns = values.length;
        double[] center = new double[columns];
        double[] scale = new double[columns];
        for (int c = 0; c < columns; c++) {
            double[] s = values[c];
            switch (scaling) {
                case ZSCORE: {
                    double sum = 0;
                    for (int r = from; r < to; r++) {
                        sum += s[r];
                    }
                    double mean = sum / (to - from);
                    double squares = 0;
                    for (int r = from; r < to; r++) {
                        squares += (s[r] - mean) * (s[r] - mean);
                    }
                    double sd = Math.sqrt(squares / (to - from));
                    center[c] = mean;
                    scale[c] = sd > 0 ? sd : 1;
                    break;
                }
                case MINMAX: {
                    double min = Double.POSITIVE_INFINITY;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int r = from; r < to; r++) {
                        min = Math.min(min, s[r]);
                        max = Math.max(max, s[r]);
                    }
                    center[c] = min;
                    scale[c] = max > min ? max - min : 1;
                    break;
                }
                default:
                    center[c] = 0;
                    scale[c] = 1;
            }
        }
        for (int c = 0; c < columns; c++) {
            if (!Double.isFinite(center[c]) || !Double.isFinite(scale[c])) {
                throw table.errorAt(from, c, "the values of column " + CsvText.quote(table.columns().get(c))
                        + " are too large to scale (their spread overflows a double); rescale the column");
            }
        }
        return new Normalization(table.columns(), table.targetNames(), transforms, scaling, center, scale);
    }
}
