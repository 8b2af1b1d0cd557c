package org.rnnlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.rnnlab.text.Numbers;

/**
 * The look shared by every chart of a report: one colour per variant, the same in every chart,
 * fonts readable at 900 × 500, light grids on white, and value axes that switch to a log scale
 * when the data spans more than {@value #LOG_SPAN}× (saying so in the label).
 */
final class ChartStyle {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    /** Data whose largest and smallest positive values differ by this factor or more get a log axis. */
    static final double LOG_SPAN = 20.0;

    /** Distinct colours in a fixed order (Tableau 10, then darker tones). */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f),
        new Color(0x393b79), new Color(0x637939), new Color(0x8c6d31), new Color(0x843c39), new Color(0x7b4173)};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Color GRID = new Color(0xdddddd);

    private final Map<String, Color> colours = new LinkedHashMap<>();

    /** Colours in the order of the study's variants. */
    ChartStyle(List<String> variants) {
        for (int i = 0; i < variants.size(); i++) {
            colours.put(variants.get(i), PALETTE[i % PALETTE.length]);
        }
    }

    Color colour(String variant) {
        return colours.getOrDefault(variant, Color.DARK_GRAY);
    }

    /** The i-th of several series that are not variants (lengths, functions). */
    static Color series(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static Stroke line() {
        return new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashed() {
        return new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f);
    }

    /** The marker of a diverged run: a bold diagonal cross. */
    static Shape cross() {
        return ShapeUtils.createDiagonalCross(6f, 1.6f);
    }

    static Shape dot() {
        return new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7);
    }

    /** A dashed horizontal line at {@code value} with a label at its right end. */
    static org.jfree.chart.plot.ValueMarker marker(double value, Color colour, String label) {
        org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(value, colour, dashed());
        m.setLabel(label);
        m.setLabelFont(TICK);
        m.setLabelPaint(colour);
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        return m;
    }

    /** A chart with the report's fonts and colours, legend at the bottom, an optional subtitle. */
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
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
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

    /** A linear axis over [lo, hi] with a little room. */
    static NumberAxis linear(String label, double lo, double hi) {
        NumberAxis a = new NumberAxis(label);
        style(a);
        double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(Math.abs(hi) * 0.1, 1e-9);
        a.setRange(lo - (lo == 0 ? 0 : pad), hi + pad);
        return a;
    }

    /**
     * A value axis for positive data in [lo, hi]: logarithmic ("label, log scale") when hi / lo is at
     * least {@value #LOG_SPAN}, otherwise linear from {@code floor} (0, or NaN to start near lo).
     */
    static ValueAxis values(String label, double lo, double hi, double floor) {
        if (!(lo > 0) || !Double.isFinite(hi) || hi < lo) {
            NumberAxis a = new NumberAxis(label);
            style(a);
            return a;
        }
        if (hi / lo >= LOG_SPAN) {
            return log(label + ", log scale", lo, hi);
        }
        double from = Double.isNaN(floor) ? Math.max(0, lo - 0.1 * (hi - lo)) : floor;
        return linear(label, from, hi);
    }

    /** A base-10 log axis over [lo, hi] with half a decade of room, ticks as plain numbers or 1e-5. */
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

    private static java.text.NumberFormat tickFormat() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setExponentSeparator("e");
        return new DecimalFormat("0.##E0", symbols) {
            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(Numbers.readable(number));
            }
        };
    }
}
