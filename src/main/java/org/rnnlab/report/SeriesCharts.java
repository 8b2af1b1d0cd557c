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
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
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
     * @param bands       prediction intervals, widest first, drawn as shaded bands behind the forecast
     */
    public record Panel(String name, int firstRow, double[] history, int[] forecastRow, double[] forecast,
            List<Band> bands) {

        /** A panel without intervals. */
        public Panel(String name, int firstRow, double[] history, int[] forecastRow, double[] forecast) {
            this(name, firstRow, history, forecastRow, forecast, List.of());
        }
    }

    /**
     * A prediction interval around the forecast: bounds per forecast row (NaN where there is none).
     *
     * @param label "80% interval"
     * @param lower lower bounds, aligned with {@link Panel#forecastRow}
     * @param upper upper bounds
     */
    public record Band(String label, double[] lower, double[] upper) {
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
            XYPlot plot = ChartStyle.plot(ChartStyle.valueAxis(p.name, axisValues(p)));
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
            addBands(plot, p, first);
            first = false;
            ValueMarker end = ChartStyle.marker(endRow, ChartStyle.GREY, "end of data", RectangleAnchor.TOP_LEFT,
                    TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(end, Layer.BACKGROUND);
            combined.add(plot, 1);
        }
        return ChartStyle.chart(title, subtitle, combined);
    }

    /** The intervals as shaded bands, darker for narrower ones, behind the lines (datasets 3, 4, ...). */
    private static void addBands(XYPlot plot, Panel p, boolean legend) {
        for (int b = 0; b < p.bands().size(); b++) {
            Band band = p.bands().get(b);
            YIntervalSeries series = bandSeries(band, p);
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(series);
            float alpha = 0.15f + 0.12f * b;
            java.awt.Color fill = new java.awt.Color(ChartStyle.ORANGE.getRed(), ChartStyle.ORANGE.getGreen(),
                    ChartStyle.ORANGE.getBlue(), Math.round(255 * alpha));
            DeviationRenderer r = new DeviationRenderer(true, false) {
                private static final long serialVersionUID = 1L;

                @Override
                public org.jfree.chart.LegendItem getLegendItem(int dataset, int series) {
                    // a filled swatch of the band's colour, as the band is drawn
                    return new org.jfree.chart.LegendItem(band.label(), null, null, null,
                            new java.awt.geom.Rectangle2D.Double(-7, -5, 14, 10), fill);
                }
            };
            r.setSeriesPaint(0, new java.awt.Color(0, 0, 0, 0));
            r.setSeriesFillPaint(0, ChartStyle.ORANGE);
            r.setAlpha(alpha);
            r.setSeriesVisibleInLegend(0, legend && series.getItemCount() > 0); // no swatch for a level with no band
            plot.setDataset(3 + b, data);
            plot.setRenderer(3 + b, r);
        }
    }

    /**
     * A band's finite bounds by row; a band with bounds at one step only becomes a box 0.6 rows wide
     * around it, since the renderer draws the area between consecutive points and one point has none.
     */
    private static YIntervalSeries bandSeries(Band band, Panel p) {
        YIntervalSeries series = new YIntervalSeries(band.label(), false, false);
        int finite = 0, at = -1;
        for (int i = 0; i < p.forecast.length; i++) {
            if (Double.isFinite(band.lower()[i]) && Double.isFinite(band.upper()[i])) {
                finite++;
                at = i;
            }
        }
        for (int i = 0; i < p.forecast.length; i++) {
            if (finite == 1 && i == at) {
                series.add(p.forecastRow[i] - 0.3, p.forecast[i], band.lower()[i], band.upper()[i]);
                series.add(p.forecastRow[i] + 0.3, p.forecast[i], band.lower()[i], band.upper()[i]);
            } else if (Double.isFinite(band.lower()[i]) && Double.isFinite(band.upper()[i])) {
                series.add(p.forecastRow[i], p.forecast[i], band.lower()[i], band.upper()[i]);
            }
        }
        return series;
    }

    /** Every value the panel's axis must show: history, forecast and the finite interval bounds. */
    private static double[][] axisValues(Panel p) {
        double[][] all = new double[2 + 2 * p.bands().size()][];
        all[0] = p.history;
        all[1] = p.forecast;
        for (int b = 0; b < p.bands().size(); b++) {
            all[2 + 2 * b] = java.util.Arrays.stream(p.bands().get(b).lower()).filter(Double::isFinite).toArray();
            all[3 + 2 * b] = java.util.Arrays.stream(p.bands().get(b).upper()).filter(Double::isFinite).toArray();
        }
        return all;
    }

    /** The row axis, labelled with the time labels when there are some, with ticks on whole seasons when season > 1. */
    static NumberAxis timeAxis(String timeLabel, List<String> labels, int season) {
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
