package org.rnnlab.report;

import java.util.ArrayList;
import java.util.List;

import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.diagnostics.Health;
import org.rnnlab.text.Numbers;

/**
 * The activation section's opening: what the derivatives imply over the study's longest sequence
 * (the sigmoid's f' ≤ 1/4 raised to the power T; tanh at a driven unit), and the products of
 * derivatives the study actually measured at initialisation on its probe batches.
 */
final class ActivationFindings {

    private ActivationFindings() {
    }

    static String text(StudyGrid grid) {
        int t = grid.longest();
        Activation sigmoid = ActivationKind.SIGMOID.create(), tanh = ActivationKind.TANH.create();
        double s0 = derivative(sigmoid, 0), t0 = derivative(tanh, 0), t1 = derivative(tanh, 1);
        List<String> sentences = new ArrayList<>();
        sentences.add("The sigmoid's derivative is largest at x = 0, where it is " + Numbers.readable(s0)
                + ", so even at best a gradient crossing T = " + t + " sigmoid steps is scaled by " + Numbers.readable(s0) + "^" + t
                + " ≈ " + power(s0, t) + " by the activation alone.");
        sentences.add("tanh passes f'(0) = " + Numbers.readable(t0) + ", but a unit driven to x = 1 passes " + Numbers.readable(t1)
                + " per step (" + Numbers.readable(t1) + "^" + t + " ≈ " + power(t1, t) + "), while ReLU passes exactly 1 or 0, "
                + "leaving the growth or decay to W_hh.");
        String measured = measured(grid, t);
        if (!measured.isEmpty()) {
            sentences.add(measured);
        }
        return String.join(" ", sentences);
    }

    /** f'(x) of an activation. */
    static double derivative(Activation f, double x) {
        return f.derivative(x, f.value(x));
    }

    /** base^t in words, also where a double would underflow: "6.2e-61", "1e-602". */
    static String power(double base, int t) {
        if (base == 0) {
            return "0";
        }
        return powerOfTen(t * Math.log10(base));
    }

    /** 10^x in words: "0.0012", "3.2e-41", "0" for −∞. */
    static String powerOfTen(double log10) {
        if (log10 == Double.NEGATIVE_INFINITY) {
            return "0";
        }
        if (Double.isNaN(log10)) {
            return Numbers.MISSING;
        }
        if (log10 > -300 && log10 < 300) {
            return Numbers.readable(Math.pow(10, log10));
        }
        double exponent = Math.floor(log10);
        double mantissa = Math.pow(10, log10 - exponent);
        String m = Numbers.readable(mantissa);
        if (m.equals("10")) {
            return "1e" + (long) (exponent + 1);
        }
        return (m.equals("1") ? "1" : m) + "e" + (long) exponent;
    }

    /** "On the probe batches at initialisation the product ... was 1e-40 for sigmoid, ..." or empty. */
    private static String measured(StudyGrid grid, int t) {
        List<String> items = new ArrayList<>();
        boolean gated = false;
        for (GridCell c : grid.cellsAt(t)) {
            double log10 = c.health(false, ActivationFindings::topProduct);
            if (Double.isNaN(log10)) {
                continue;
            }
            gated |= grid.recipe(c.variant()).cell() != CellType.RNN;
            items.add(powerOfTen(log10) + " for " + c.variant());
        }
        if (items.isEmpty()) {
            return "";
        }
        return "Measured at initialisation on the probe batches (T = " + t + ", top layer, median over seeds), the product of the "
                + "per-step derivatives" + (gated ? " (for gated cells, of the forget or update gate)" : "") + " was "
                + Wording.list(items) + ".";
    }

    private static double topProduct(Health h) {
        double[] p = h.log10DerivativeProduct();
        return p == null || p.length == 0 ? Double.NaN : p[p.length - 1];
    }
}
