package org.rnnlab.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;

/**
 * The activation gallery: one small plot per activation function with f(x) (solid) and f'(x)
 * (dashed) over x ∈ [−{@value #RANGE}, {@value #RANGE}], in a grid under a shared title and key.
 */
final class ActivationGrid implements Figure {

    static final double RANGE = 4.0;
    static final int COLUMNS = 4;
    private static final int CELL_W = 260, CELL_H = 210, HEADER = 64;
    private static final Color F = new Color(0x1f77b4), DF = new Color(0xd62728);

    private final List<Activation> functions;

    ActivationGrid(List<Activation> functions) {
        this.functions = List.copyOf(functions);
    }

    /** Every activation with its default parameter. */
    static ActivationGrid all() {
        return new ActivationGrid(Arrays.stream(ActivationKind.values()).map(ActivationKind::create).toList());
    }

    private int rows() {
        return (functions.size() + COLUMNS - 1) / COLUMNS;
    }

    @Override
    public int width() {
        return COLUMNS * CELL_W;
    }

    @Override
    public int height() {
        return HEADER + rows() * CELL_H;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.TITLE);
        g.drawString("Activation functions f(x) and their derivatives f'(x)", 14, 26);
        g.setFont(ChartStyle.LEGEND);
        int y = 50;
        key(g, 14, y, F, false, "f(x)");
        key(g, 110, y, DF, true, "f'(x)");
        g.setColor(Color.DARK_GRAY);
        g.drawString("grey line: f' = 1 (a gradient passes unchanged); below it, every step through the unit shrinks the gradient",
                210, y + 4);
        for (int i = 0; i < functions.size(); i++) {
            int col = i % COLUMNS, row = i / COLUMNS;
            panel(functions.get(i)).draw(g, new Rectangle2D.Double(col * CELL_W, HEADER + row * CELL_H, CELL_W, CELL_H));
        }
    }

    private static void key(Graphics2D g, int x, int y, Color c, boolean dashed, String label) {
        g.setColor(c);
        g.setStroke(dashed ? ChartStyle.dashed() : ChartStyle.line());
        g.draw(new Line2D.Double(x, y, x + 34, y));
        g.setColor(Color.BLACK);
        g.drawString(label, x + 40, y + 5);
    }

    private static JFreeChart panel(Activation f) {
        XYSeries value = new XYSeries("f"), slope = new XYSeries("f'");
        int n = 400;
        for (int i = 0; i <= n; i++) {
            double x = -RANGE + 2 * RANGE * i / n;
            double y = f.value(x);
            value.add(x, y);
            slope.add(x, f.derivative(x, y));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(value);
        data.addSeries(slope);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, F);
        r.setSeriesStroke(0, ChartStyle.line());
        r.setSeriesPaint(1, DF);
        r.setSeriesStroke(1, ChartStyle.dashed());
        r.setDrawSeriesLineAsPath(true);
        NumberAxis x = new NumberAxis("x");
        x.setRange(-RANGE, RANGE);
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(true);
        for (NumberAxis a : List.of(x, y)) {
            a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            a.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.style(plot);
        plot.addRangeMarker(new ValueMarker(1.0, new Color(0xaaaaaa), ChartStyle.line()));
        plot.addRangeMarker(new ValueMarker(0.0, new Color(0xdddddd), ChartStyle.line()));
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(f.label(), new Font(Font.SANS_SERIF, Font.BOLD, 13)));
        return chart;
    }
}
