package org.rnnlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.rnnlab.text.Numbers;

/**
 * The look of every rnnlab chart: study reports, training runs and forecasts. Charts are drawn for
 * people reading a report: white background, light grid, a title and subtitle that say what was
 * run, axis labels with units, a legend at the bottom, and a logarithmic value axis where the data
 * spans decades. {@link ChartWriter} writes them as files.
 *
 * <p>One set of fonts for every chart, chosen for the smallest, a report chart of 900 × 500, and
 * kept for the training and forecast charts (1200 px wide) so that all charts read alike: a 17 pt
 * bold title, a 12 pt subtitle, 14 pt axis labels, 12 pt tick labels and a 13 pt legend.
 *
 * <p>One rule for log axes ({@code isLogScale}): a value axis is logarithmic when every value is
 * positive and the largest is at least {@link #LOG_SPAN 20×} the smallest; its label then ends in
 * "log scale". What rnnlab charts grows and shrinks geometrically (gradient norms, losses,
 * ‖∂L/∂h_t‖ across time steps), and on a linear axis a 20× range already squeezes the lower values
 * into the bottom twentieth, where a vanishing gradient looks like zero. Log ticks sit on whole
 * decades only (never at 10^0.3), so a span just above 20× may show a single labelled tick.
 */
public final class ChartStyle {

    /** The size of a report chart. */
    static final int WIDTH = 900, HEIGHT = 500;

    /** A value axis is logarithmic when its largest positive value is at least this factor of its smallest. */
    public static final double LOG_SPAN = 20;

    /** Named colours (from the Tableau 10 palette, readable by most colour-blind readers). */
    public static final Color BLUE = new Color(0x1f77b4), ORANGE = new Color(0xff7f0e), GREEN = new Color(0x2ca02c),
            RED = new Color(0xd62728), GREY = new Color(0x7f7f7f), LIGHT_BLUE = new Color(0xaec7e8);

    /** Distinct colours in a fixed order (Tableau 10, then darker tones). */
    private static final Color[] PALETTE = {
        BLUE, RED, GREEN, ORANGE, new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
        new Color(0xbcbd22), GREY, new Color(0x393b79), new Color(0x637939), new Color(0x8c6d31), new Color(0x843c39),
        new Color(0x7b4173)};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Color GRID = new Color(0xdddddd);

    private ChartStyle() {
    }

    /** The i-th of several series ({@link VariantColours} gives each variant one of these). */
    static Color series(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A chart around a plot with the shared title, subtitle (none when null or empty) and legend. */
    public static JFreeChart chart(String title, String subtitle, Plot plot) {
        return chart(title, subtitle, plot, true);
    }

    /** A chart around a plot, with or without a legend. */
    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, SUBTITLE);
            t.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(t);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
        }
        return chart;
    }

    /** An empty plot in the shared style over a value axis; datasets added later are drawn on top. */
    public static XYPlot plot(ValueAxis range) {
        XYPlot plot = new XYPlot();
        plot.setRangeAxis(range);
        style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return plot;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }

    /** A numeric axis with integer ticks (steps, epochs, rows). */
    public static NumberAxis integerAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        style(axis);
        return axis;
    }

    /** A linear axis over [lo, hi] with a little room. */
    static NumberAxis linear(String label, double lo, double hi) {
        NumberAxis a = new NumberAxis(label);
        style(a);
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(Math.abs(hi) * 0.1, 1e-9);
        a.setRange(lo - (lo == 0 ? 0 : pad), hi + pad);
        return a;
    }

    /** Whether positive data in [lo, hi] gets a log axis: hi is at least {@link #LOG_SPAN} (20) × lo. */
    static boolean isLogScale(double lo, double hi) {
        return lo > 0 && Double.isFinite(hi) && hi / lo >= LOG_SPAN;
    }

    /**
     * A value axis for {@code values}, NaN and +∞ ignored: logarithmic ("label, log scale") when
     * every value is positive and the largest is at least {@link #LOG_SPAN} (20) × the smallest,
     * otherwise linear over the data (not stretched to zero).
     */
    public static ValueAxis valueAxis(String label, double[]... values) {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        boolean nonPositive = false;
        for (double[] series : values) {
            for (double v : series) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                } else if (v <= 0) {
                    nonPositive = true;
                }
            }
        }
        if (!nonPositive && isLogScale(lo, hi)) {
            return log(label + ", log scale", lo, hi);
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        style(axis);
        return axis;
    }

    /**
     * A value axis for positive data in [lo, hi]: logarithmic ("label, log scale") by
     * {@link #isLogScale}, otherwise linear from {@code floor} (0, or NaN to start near lo).
     */
    static ValueAxis valueAxis(String label, double lo, double hi, double floor) {
        if (!(lo > 0) || !Double.isFinite(hi) || hi < lo) {
            NumberAxis a = new NumberAxis(label);
            style(a);
            return a;
        }
        if (isLogScale(lo, hi)) {
            return log(label + ", log scale", lo, hi);
        }
        double from = Double.isNaN(floor) ? Math.max(0, lo - 0.1 * (hi - lo)) : floor;
        return linear(label, from, hi);
    }

    /** A base-10 log axis over [lo, hi] with a little room, ticks on whole decades as readable numbers (1e-5). */
    static LogAxis log(String label, double lo, double hi) {
        LogAxis a = new LogAxis(label);
        style(a);
        a.setBase(10);
        a.setSmallestValue(Math.min(lo, 1e-300));
        double l = Math.log10(lo), h = Math.log10(hi);
        double room = Math.max(0.15, 0.05 * (h - l));
        a.setRange(Math.pow(10, l - room), Math.pow(10, h + room));
        a.setNumberFormatOverride(tickFormat());
        // ticks at whole decades only (1, 10, 100 or every few decades), never at 10^0.2 = 1.58
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        a.setMinorTickMarksVisible(true);
        return a;
    }

    private static NumberFormat tickFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setExponentSeparator("e");
        return new DecimalFormat("0.##E0", symbols) {
            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
                return to.append(Numbers.readable(number));
            }
        };
    }

    /** A solid line of 1.5 px, the width of a report's series. */
    static Stroke line() {
        return stroke(1.5f, false);
    }

    /** A dashed line of 1.4 px, for markers, baselines and derivatives. */
    static Stroke dashed() {
        return stroke(1.4f, true);
    }

    private static BasicStroke stroke(float width, boolean dashed) {
        return dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** The marker of a diverged run: a bold diagonal cross. */
    static Shape cross() {
        return ShapeUtils.createDiagonalCross(6f, 1.6f);
    }

    static Shape dot() {
        return new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    }

    /** A line renderer for series 0: solid or dashed lines of the given width, with or without dots. */
    public static XYLineAndShapeRenderer lines(Color colour, float width, boolean dashed, boolean dots) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, dots);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, stroke(width, dashed));
        if (dots) {
            r.setSeriesShape(0, dot());
        }
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    /** A dashed horizontal line at {@code value} with a label at its right end. */
    static ValueMarker marker(double value, Color colour, String label) {
        return marker(value, colour, label, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
    }

    /** A dashed marker line with a label placed by {@code anchor} and {@code textAnchor}. */
    public static ValueMarker marker(double value, Color colour, String label, RectangleAnchor anchor,
            TextAnchor textAnchor) {
        ValueMarker m = new ValueMarker(value, colour, dashed());
        m.setLabel(label);
        m.setLabelFont(TICK);
        m.setLabelPaint(colour);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(textAnchor);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        return m;
    }
}
