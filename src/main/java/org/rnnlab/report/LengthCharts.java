package org.rnnlab.report;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rnnlab.text.Numbers;

/**
 * Final loss and success rate against sequence length, one line per variant. The final loss is
 * the median over seeds that did not diverge; a length where every seed diverged has no point but
 * a cross at the top of the chart. Points of different variants are spread a little sideways
 * within each length, so equal values stay visible.
 */
final class LengthCharts {

    private LengthCharts() {
    }

    static JFreeChart finalLoss(StudyGrid grid, VariantColours colours) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double baseline = grid.commonBaseline();
        double[] range = lossRange(grid);
        double lo = range[0], hi = range[1];
        boolean[][] crossed = new boolean[grid.variants().size()][grid.lengths().size()];
        CrossingRenderer r = new CrossingRenderer(crossed);
        int row = 0;
        for (String v : grid.variants()) {
            boolean allDiverged = grid.cellsOf(v).stream().anyMatch(GridCell::noneFinished);
            String key = v + (allDiverged ? "  (✕ every seed diverged)" : "");
            for (int col = 0; col < grid.lengths().size(); col++) {
                int t = grid.lengths().get(col);
                GridCell c = grid.cell(v, t);
                crossed[row][col] = c != null && c.noneFinished();
                double y = c == null ? Double.NaN : crossed[row][col] ? hi : c.finalLoss();
                data.addValue(Double.isFinite(y) && y > 0 ? y : null, key, Integer.valueOf(t));
            }
            r.setSeriesPaint(row, colours.of(v));
            row++;
        }
        if (Double.isNaN(baseline) && grid.lengths().stream().anyMatch(t -> Double.isFinite(grid.baseline(t)))) {
            // a baseline that changes with the length is a dashed line across the lengths
            for (int t : grid.lengths()) {
                double b = grid.baseline(t);
                data.addValue(Double.isFinite(b) ? b : null, "baseline", Integer.valueOf(t));
            }
            r.setSeriesPaint(row, Color.BLACK);
            r.setSeriesStroke(row, ChartStyle.dashed());
            r.setSeriesShapesVisible(row, false);
        }
        ValueAxis y = ChartStyle.valueAxis("final training loss (median over seeds)", lo, hi, 0);
        CategoryPlot plot = plot(data, r, y, "sequence length T");
        if (Double.isFinite(baseline)) {
            plot.addRangeMarker(ChartStyle.marker(baseline, Color.BLACK, "baseline " + Numbers.readable(baseline)), Layer.FOREGROUND);
        }
        return ChartStyle.chart("Final loss against sequence length", "mean loss of the last 10% of steps; runs that diverged are left out",
                plot, true);
    }

    /**
     * The [lo, hi] of the positive final losses and baselines; when some length has no finished
     * run, hi rises so that its cross sits in a band above all data and the baseline, where none
     * reads as a loss value.
     */
    private static double[] lossRange(StudyGrid grid) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int t : grid.lengths()) {
            double b = grid.baseline(t);
            if (b > 0 && Double.isFinite(b)) {
                lo = Math.min(lo, b);
                hi = Math.max(hi, b);
            }
        }
        for (GridCell c : grid.cells()) {
            if (c.finalLoss() > 0 && Double.isFinite(c.finalLoss())) {
                lo = Math.min(lo, c.finalLoss());
                hi = Math.max(hi, c.finalLoss());
            }
        }
        if (grid.cells().stream().anyMatch(GridCell::noneFinished)) {
            hi = hi > 0 ? hi * 1.5 : 1.0;
            lo = Math.min(lo, hi);
        }
        return new double[] {lo, hi};
    }

    static JFreeChart successRate(StudyGrid grid, VariantColours colours, String successText) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        CrossingRenderer r = new CrossingRenderer(new boolean[0][0]);
        int row = 0;
        for (String v : grid.variants()) {
            for (int t : grid.lengths()) {
                GridCell c = grid.cell(v, t);
                data.addValue(c == null ? null : c.successRate(), v, Integer.valueOf(t));
            }
            r.setSeriesPaint(row, colours.of(v));
            row++;
        }
        NumberAxis y = ChartStyle.linear("success rate (share of seeds)", 0, 1);
        y.setRange(-0.04, 1.04);
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        CategoryPlot plot = plot(data, r, y, "sequence length T");
        return ChartStyle.chart("Success rate against sequence length", successText.isEmpty() ? "" : "success: " + successText,
                plot, true);
    }

    static CategoryPlot plot(DefaultCategoryDataset data, CrossingRenderer r, ValueAxis y, String xLabel) {
        CategoryAxis x = new CategoryAxis(xLabel);
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.TICK);
        // narrow categories keep each length's points, spread sideways per variant, close together
        x.setCategoryMargin(0.75);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        ChartStyle.style(plot);
        return plot;
    }
}
