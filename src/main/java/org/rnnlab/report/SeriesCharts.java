package org.rnnlab.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a time series with a model's values next to it: the history of each target with the
 * forecast after its end. The time axis counts rows and shows their time labels where the file
 * has them (continued past the end for forecasts).
 */
public final class SeriesCharts {

    /**
     * One target's curves.
     *
     * @param name        the target column's name (the value axis label)
     * @param firstRow    the row of {@code history[0]}
     * @param history     observed values of rows {@code firstRow, firstRow+1, ...}
     * @param forecastRow the row of each forecast value
     * @param forecast    forecast values
     */
    public record Panel(String name, int firstRow, double[] history, int[] forecastRow, double[] forecast) {
    }

    private SeriesCharts() {
    }

    /**
     * History and forecast, one panel per target, sharing the time axis.
     *
     * @param timeLabel the time axis label ("month", or "row" without a time column)
     * @param labels    a label per row, covering the history and the forecast rows; null to show row numbers
     * @param endRow    the last observed row, marked with a line
     * @param season    rows per season, for ticks on whole seasons (row 0, 12, 24, ... for monthly
     *                  data: every January if the series starts in one); 0 for automatic ticks
     */
    public static JFreeChart forecast(String title, String subtitle, String timeLabel, List<String> labels,
            List<Panel> panels, int endRow, int season) {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(timeAxis(timeLabel, labels, season));
        combined.setGap(12);
        boolean first = true;
        for (Panel p : panels) {
            XYSeries observed = new XYSeries("observed", false);
            for (int i = 0; i < p.history.length; i++) {
                observed.add(p.firstRow + i, p.history[i], false);
            }
            XYSeries forecast = new XYSeries("forecast", false);
            for (int i = 0; i < p.forecast.length; i++) {
                forecast.add(p.forecastRow[i], p.forecast[i], false);
            }
            XYSeries bridge = new XYSeries("from the last observation", false);
            if (p.forecastRow.length > 0 && p.forecastRow[0] == endRow + 1 && p.history.length > 0) {
                bridge.add(endRow, p.history[p.history.length - 1], false);
                bridge.add(p.forecastRow[0], p.forecast[0], false);
            }
            XYPlot plot = ChartStyle.plot(ChartStyle.valueAxis(p.name, p.history, p.forecast));
            plot.setDataset(0, new XYSeriesCollection(observed));
            XYLineAndShapeRenderer observedLine = ChartStyle.lines(ChartStyle.BLUE, 1.5f, false, false);
            observedLine.setSeriesVisibleInLegend(0, first);
            plot.setRenderer(0, observedLine);
            plot.setDataset(1, new XYSeriesCollection(bridge));
            XYLineAndShapeRenderer bridgeLine = ChartStyle.lines(ChartStyle.ORANGE, 2f, true, false);
            bridgeLine.setSeriesVisibleInLegend(0, false);
            plot.setRenderer(1, bridgeLine);
            plot.setDataset(2, new XYSeriesCollection(forecast));
            XYLineAndShapeRenderer forecastLine = ChartStyle.lines(ChartStyle.ORANGE, 2f, true, p.forecast.length <= 60);
            forecastLine.setSeriesVisibleInLegend(0, first);
            plot.setRenderer(2, forecastLine);
            first = false;
            ValueMarker end = ChartStyle.marker(endRow, ChartStyle.GREY, "end of data", RectangleAnchor.TOP_LEFT,
                    TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(end, Layer.BACKGROUND);
            combined.add(plot, 1);
        }
        return ChartStyle.chart(title, subtitle, combined);
    }

    /** The row axis, labelled with the time labels when there are some, with ticks on whole seasons when season > 1. */
    private static NumberAxis timeAxis(String timeLabel, List<String> labels, int season) {
        NumberAxis time = ChartStyle.integerAxis(timeLabel);
        time.setAutoRangeIncludesZero(false);
        NumberFormat format = labels != null ? new LabelFormat(labels) : null;
        if (season > 1) {
            TickUnits units = new TickUnits();
            for (long multiple = 1; multiple <= 1_000_000_000L / season; multiple *= 10) {
                for (int m : new int[] {1, 2, 5}) {
                    units.add(format == null ? new NumberTickUnit((double) season * m * multiple)
                            : new NumberTickUnit((double) season * m * multiple, format));
                }
            }
            time.setStandardTickUnits(units);
        }
        if (format != null) {
            time.setNumberFormatOverride(format);
        }
        return time;
    }

    /** Formats a row number as its time label (integers only; other ticks stay blank). */
    private static final class LabelFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final List<String> labels;

        LabelFormat(List<String> labels) {
            this.labels = List.copyOf(labels);
        }

        /**
         * Ticks fall on whole rows; other values are formatted only when the axis estimates how
         * wide its labels are, and get the label of the nearest row, so the estimate is real.
         */
        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            long row = Math.round(number);
            if (Math.abs(number - row) < 1e-9) {
                return format(row, to, pos);
            }
            return to.append(labels.get((int) Math.max(0, Math.min(labels.size() - 1, row))));
        }

        @Override
        public StringBuffer format(long row, StringBuffer to, FieldPosition pos) {
            return row >= 0 && row < labels.size() ? to.append(labels.get((int) row)) : to;
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
