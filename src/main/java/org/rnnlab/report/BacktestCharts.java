package org.rnnlab.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.forecast.Accuracy;
import org.rnnlab.forecast.BacktestResult;
import org.rnnlab.forecast.BacktestScores;
import org.rnnlab.text.Plural;

/**
 * A backtest's charts, per target: the error against steps ahead for the model and each baseline
 * ({@code errors-TARGET.png}, MASE, the scale every method shares), and the series with every
 * origin's forecast drawn over the actual values ({@code forecasts-TARGET.png}).
 */
public final class BacktestCharts {

    private static final Color[] BASELINE_COLOURS = {ChartStyle.BLUE, ChartStyle.GREEN, ChartStyle.RED, ChartStyle.GREY};

    private BacktestCharts() {
    }

    /** Writes both charts of every target into {@code dir}; returns the file names. */
    public static List<String> write(Path dir, BacktestScores scores, String modelName, boolean svg) {
        List<String> written = new ArrayList<>();
        BacktestResult r = scores.result();
        for (int o = 0; o < r.targets().size(); o++) {
            String suffix = r.targets().size() == 1 ? "" : "-" + r.targets().get(o).replaceAll("[^A-Za-z0-9_.-]", "_");
            for (Path p : ChartWriter.write(errors(scores, o, modelName), 1000, 600, dir.resolve("errors" + suffix + ".png"),
                    svg)) {
                written.add(p.getFileName().toString());
            }
            for (Path p : ChartWriter.write(paths(r, o, modelName, r.timeColumn()), 1200, 600,
                    dir.resolve("forecasts" + suffix + ".png"), svg)) {
                written.add(p.getFileName().toString());
            }
        }
        return written;
    }

    static JFreeChart errors(BacktestScores s, int o, String modelName) {
        BacktestResult r = s.result();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        String[] labels = {modelName, "persistence", "seasonal naive", "drift", "training mean"};
        List<double[]> values = new ArrayList<>();
        for (int m = 0; m < labels.length; m++) {
            XYSeries series = new XYSeries(labels[m], false);
            double[] v = new double[r.ahead().length];
            for (int k = 0; k < r.ahead().length; k++) {
                Accuracy a = s.byStep()[o][m][k];
                v[k] = a.mase();
                if (Double.isFinite(a.mase())) {
                    series.add(r.ahead()[k], a.mase());
                }
            }
            if (series.getItemCount() == 0) {
                continue;
            }
            values.add(v);
            int index = data.getSeriesCount();
            data.addSeries(series);
            lines.setSeriesPaint(index, m == 0 ? ChartStyle.ORANGE : BASELINE_COLOURS[m - 1]);
            lines.setSeriesStroke(index, new java.awt.BasicStroke(m == 0 ? 3f : 1.5f));
        }
        XYPlot plot = ChartStyle.plot(ChartStyle.valueAxis("MASE (lower is better)", values.toArray(double[][]::new)));
        NumberAxis ahead = ChartStyle.integerAxis("steps ahead");
        ahead.setAutoRangeIncludesZero(false);
        plot.setDomainAxis(ahead);
        plot.setDataset(data);
        plot.setRenderer(lines);
        String title = "Backtest of " + r.targets().get(o) + ": error against steps ahead";
        String subtitle = Plural.of(r.origins().length, "origin") + " from " + r.rowLabels().get(r.origins()[0])
                + " to " + r.rowLabels().get(r.origins()[r.origins().length - 1]) + "; each model saw only the rows up"
                + " to its origin";
        return ChartStyle.chart(title, subtitle, plot);
    }

    static JFreeChart paths(BacktestResult r, int o, String modelName, String timeName) {
        int horizon = r.ahead()[r.ahead().length - 1];
        int first = Math.max(0, r.origins()[0] - 3 * horizon), last = r.origins()[r.origins().length - 1] + horizon;
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries actual = new XYSeries("actual", false);
        List<BacktestResult.Point> points = r.of(o);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        data.addSeries(actual);
        lines.setSeriesPaint(0, ChartStyle.BLUE);
        lines.setSeriesStroke(0, new java.awt.BasicStroke(2f));
        List<double[]> values = new ArrayList<>();
        for (int j = 0; j < r.origins().length; j++) {
            XYSeries path = new XYSeries(j == 0 ? modelName + " from each origin" : "origin " + (j + 1), false);
            for (BacktestResult.Point p : points) {
                if (p.origin() == j) {
                    path.add(p.row(), p.forecast()[0]);
                }
            }
            int index = data.getSeriesCount();
            data.addSeries(path);
            lines.setSeriesPaint(index, new Color(0xff, 0x7f, 0x0e, 150));
            lines.setSeriesStroke(index, new java.awt.BasicStroke(1.2f));
            lines.setSeriesVisibleInLegend(index, j == 0);
            values.add(points.stream().filter(p -> p.origin() == 0).mapToDouble(p -> p.forecast()[0]).toArray());
        }
        values.add(observedValues(r, o, first, last, actual));
        XYPlot plot = ChartStyle.plot(ChartStyle.valueAxis(r.targets().get(o), values.toArray(double[][]::new)));
        plot.setDomainAxis(SeriesCharts.timeAxis(timeName, r.rowLabels(), r.season()));
        plot.setDataset(data);
        plot.setRenderer(lines);
        return ChartStyle.chart("Backtest of " + r.targets().get(o) + ": every origin's forecast over the actuals",
                Plural.of(r.origins().length, "origin") + ", " + Plural.of(horizon, "step") + " ahead each", plot);
    }

    /** Fills {@code actual} with the observed values over the drawn rows, and returns them for the axis. */
    private static double[] observedValues(BacktestResult r, int o, int first, int last, XYSeries actual) {
        double[] v = new double[last - first + 1];
        for (int row = first; row <= last; row++) {
            v[row - first] = r.history()[o][row];
            actual.add(row, v[row - first]);
        }
        return v;
    }
}
