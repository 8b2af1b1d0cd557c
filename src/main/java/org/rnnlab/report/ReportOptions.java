package org.rnnlab.report;

/**
 * Choices about what a report writes.
 *
 * @param runMetrics write {@code metrics/} with one step-metrics CSV per run (skip it for large grids)
 * @param svg        write every chart as SVG beside its PNG
 */
public record ReportOptions(boolean runMetrics, boolean svg) {

    /** Per-run metrics, PNG charts only. */
    public static ReportOptions defaults() {
        return new ReportOptions(true, false);
    }

    public ReportOptions withRunMetrics(boolean value) {
        return new ReportOptions(value, svg);
    }

    public ReportOptions withSvg(boolean value) {
        return new ReportOptions(runMetrics, value);
    }
}
