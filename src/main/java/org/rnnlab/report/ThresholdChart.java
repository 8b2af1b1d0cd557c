package org.rnnlab.report;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rnnlab.text.Numbers;

/**
 * One family's threshold sweep: final loss, success rate and share of clipped steps against the
 * clipping level (none, the thresholds in ascending order, auto with the τ it chose), stacked in
 * three panels over one categorical axis, one line per sequence length.
 */
final class ThresholdChart {

    static final int HEIGHT = 760;

    private ThresholdChart() {
    }

    static JFreeChart create(StudyGrid grid, ThresholdFamilies.Family family) {
        double baseline = grid.commonBaseline();
        List<ThresholdFamilies.Level> levels = family.levels();
        List<Integer> lengths = grid.lengths();
        boolean[][] crossed = new boolean[lengths.size()][levels.size()];
        double[] range = lossRange(grid, levels, baseline);
        double lo = range[0], hi = range[1];
        final double top = hi;
        DefaultCategoryDataset loss = dataset(grid, levels, crossed, c -> c.noneFinished() ? top : c.finalLoss());
        DefaultCategoryDataset success = dataset(grid, levels, null, GridCell::successRate);
        DefaultCategoryDataset clipped = dataset(grid, levels, null, GridCell::clippedShare);

        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(levelAxis(family.levels().stream()
                .anyMatch(ThresholdFamilies.Level::policy)));
        plot.setGap(12);
        CategoryPlot lossPlot = panel(loss, crossed, ChartStyle.valueAxis("final loss", lo, hi, 0), lengths.size());
        if (Double.isFinite(baseline)) {
            lossPlot.addRangeMarker(ChartStyle.marker(baseline, Color.BLACK, "baseline " + Numbers.readable(baseline)), Layer.FOREGROUND);
        }
        plot.add(lossPlot, 2);
        CategoryPlot successPlot = panel(success, null, percent("success rate"), lengths.size());
        CategoryPlot clippedPlot = panel(clipped, null, percent("steps clipped"), lengths.size());
        successPlot.getRenderer().setDefaultSeriesVisibleInLegend(false);
        clippedPlot.getRenderer().setDefaultSeriesVisibleInLegend(false);
        plot.add(successPlot, 1);
        plot.add(clippedPlot, 1);
        ChartStyle.style(plot);
        boolean anyCrossed = Arrays.stream(crossed).anyMatch(ThresholdChart::any);
        String subtitle = "variants " + String.join(", ", levels.stream().map(ThresholdFamilies.Level::variant).toList())
                + "; medians over seeds" + (anyCrossed ? "; ✕ = every seed diverged" : "");
        return ChartStyle.chart("Clipping threshold sweep: " + family.name(), subtitle, plot, true);
    }

    /**
     * The [lo, hi] of the family's positive final losses and the baseline; when some level has a
     * length with no finished run, hi rises so that its cross sits in a band above all data and
     * the baseline, where none reads as a loss value.
     */
    private static double[] lossRange(StudyGrid grid, List<ThresholdFamilies.Level> levels, double baseline) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (ThresholdFamilies.Level l : levels) {
            for (int t : grid.lengths()) {
                GridCell c = grid.cell(l.variant(), t);
                if (c != null && c.finalLoss() > 0 && Double.isFinite(c.finalLoss())) {
                    lo = Math.min(lo, c.finalLoss());
                    hi = Math.max(hi, c.finalLoss());
                }
            }
        }
        if (Double.isFinite(baseline) && hi > 0) {
            lo = Math.min(lo, baseline);
            hi = Math.max(hi, baseline);
        }
        if (levels.stream().flatMap(l -> grid.cellsOf(l.variant()).stream()).anyMatch(GridCell::noneFinished)) {
            hi = hi > 0 ? hi * 1.5 : 1.0;
            lo = Math.min(lo, hi);
        }
        return new double[] {lo, hi};
    }

    /** The shared axis of the levels: none, the thresholds, auto (labels on up to two lines). */
    private static CategoryAxis levelAxis(boolean policies) {
        CategoryAxis x = new CategoryAxis(policies ? "clipping policy: τ (global L2 norm), auto τ, AC = AutoClip at percentile p,"
                + " AGC = adaptive clipping at ratio λ" : "clipping threshold τ (global L2 norm)");
        x.setLabelFont(ChartStyle.LABEL);
        x.setTickLabelFont(ChartStyle.TICK);
        x.setCategoryMargin(0.75);
        x.setMaximumCategoryLabelWidthRatio(3.5f);
        x.setMaximumCategoryLabelLines(2);
        return x;
    }

    private static boolean any(boolean[] row) {
        for (boolean b : row) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Rows are lengths, columns the levels; a null value where the cell is missing or NaN. */
    private static DefaultCategoryDataset dataset(StudyGrid grid, List<ThresholdFamilies.Level> levels, boolean[][] crossed,
            ToDoubleFunction<GridCell> value) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        List<Integer> lengths = grid.lengths();
        for (int row = 0; row < lengths.size(); row++) {
            for (int col = 0; col < levels.size(); col++) {
                GridCell c = grid.cell(levels.get(col).variant(), lengths.get(row));
                double v = c == null ? Double.NaN : value.applyAsDouble(c);
                if (crossed != null && c != null) {
                    crossed[row][col] = c.noneFinished();
                }
                d.addValue(Double.isFinite(v) ? v : null, "T = " + lengths.get(row), levels.get(col).label());
            }
        }
        return d;
    }

    private static CategoryPlot panel(DefaultCategoryDataset data, boolean[][] crossed, ValueAxis y, int series) {
        CrossingRenderer r = new CrossingRenderer(crossed == null ? new boolean[0][0] : crossed);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, ChartStyle.series(i));
        }
        CategoryPlot p = new CategoryPlot(data, null, y, r);
        ChartStyle.style(p);
        return p;
    }

    private static NumberAxis percent(String label) {
        NumberAxis y = ChartStyle.linear(label, 0, 1);
        y.setRange(-0.06, 1.06);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.5));
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        return y;
    }
}
