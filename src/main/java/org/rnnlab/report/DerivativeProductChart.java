package org.rnnlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.text.Numbers;

/**
 * The product of T derivatives f'(x)^T against T, for a unit that sits at the same operating point
 * x at every step: the factor the activation alone applies to a gradient crossing T steps. The
 * points are x = 0 (small pre-activations) and x = 1 (a moderately driven unit); functions with the
 * same derivative share one line, and a zero derivative (ReLU at x ≤ 0) is named in the subtitle
 * since a log axis cannot show it.
 */
final class DerivativeProductChart {

    /** The functions compared, with the operating points. */
    static final List<Activation> FUNCTIONS = List.of(ActivationKind.SIGMOID.create(), ActivationKind.TANH.create(),
            ActivationKind.SOFTSIGN.create(), ActivationKind.LOGSIG.create(), ActivationKind.RELU.create(),
            ActivationKind.LEAKY_RELU.create());
    static final double[] POINTS = {0.0, 1.0};
    /** The chart shows products down to this value; lines that fall further leave it at the bottom. */
    static final double FLOOR = 1e-40;

    private DerivativeProductChart() {
    }

    static JFreeChart create(int maxLength) {
        int tMax = Math.max(20, maxLength);
        Map<Double, List<String>> byDerivative = new LinkedHashMap<>();
        List<String> zero = new ArrayList<>();
        for (Activation f : FUNCTIONS) {
            for (double x : POINTS) {
                double d = Math.abs(ActivationFindings.derivative(f, x));
                String where = f.label() + " at x = " + Numbers.readable(x);
                if (d == 0) {
                    zero.add(where);
                } else {
                    byDerivative.computeIfAbsent(Math.round(d * 1e6) / 1e6, k -> new ArrayList<>()).add(where);
                }
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        double lowest = 1.0;
        List<Double> ordered = new ArrayList<>(byDerivative.keySet());
        ordered.sort((a, b) -> Double.compare(b, a));
        for (double d : ordered) {
            XYSeries s = new XYSeries("f' = " + Numbers.readable(d) + ": " + String.join(", ", byDerivative.get(d)));
            for (int t = 1; t <= tMax; t++) {
                double p = Math.pow(d, t);
                if (p > 0) {
                    s.add(t, p);
                }
            }
            lowest = Math.min(lowest, Math.pow(d, tMax));
            int i = data.getSeriesCount();
            data.addSeries(s);
            r.setSeriesPaint(i, ChartStyle.series(i));
            r.setSeriesStroke(i, ChartStyle.line());
        }
        NumberAxis x = ChartStyle.linear("sequence length T (steps the gradient crosses)", 1, tMax);
        x.setRange(1, tMax);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LogAxis y = ChartStyle.log("product of derivatives f'(x)^T, log scale", Math.max(lowest, FLOOR), 1.0);
        XYPlot plot = new XYPlot(data, x, y, r);
        ChartStyle.style(plot);
        String subtitle = "a unit held at x at every step; " + (zero.isEmpty() ? "" : String.join(", ", zero)
                + ": f' = 0, the product is 0 after one step; ") + "sigmoid's f' never exceeds 0.25";
        return ChartStyle.chart("Why gradients vanish: the product of T activation derivatives", subtitle, plot, true);
    }
}
