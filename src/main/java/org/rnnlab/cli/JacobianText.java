package org.rnnlab.cli;

import java.io.PrintWriter;

import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.diagnostics.TimeGradients;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Jacobian-flow part of {@code rnnlab gradients}: as text, or into its JSON. */
final class JacobianText {

    private JacobianText() {
    }

    /** ‖∂L/∂h_1‖/‖∂L/∂h_T‖ of the top layer, NaN for an empty series. */
    static double ratio(TimeGradients time) {
        double[] top = time.top();
        return top.length == 0 ? Double.NaN : top[0] / top[top.length - 1];
    }

    static void print(PrintWriter out, JacobianFlow flow, TimeGradients time, int batch) {
        out.printf("||dL/dh_1|| / ||dL/dh_T|| (top layer): %.4e%n", ratio(time));
        int layers = flow.spectral().length;
        out.printf("%nJacobian flow ||dh_T/dh_{T-k}||, spectral norm (power iteration) and Frobenius norm, mean over %d"
                + " sequence(s)%n", Math.min(JacobianFlow.SEQUENCES, batch));
        StringBuilder header = new StringBuilder(String.format("  %-6s", "lag k"));
        for (int l = 0; l < layers; l++) {
            header.append(String.format("  %12s %12s", "l" + l + " spectral", "l" + l + " Frobenius"));
        }
        out.println(header);
        for (int i = 0; i < flow.lags().length; i++) {
            StringBuilder row = new StringBuilder(String.format("  %-6d", flow.lags()[i]));
            for (int l = 0; l < layers; l++) {
                row.append(String.format("  %12.4e %12.4e", flow.spectral()[l][i], flow.frobenius()[l][i]));
            }
            out.println(row);
        }
        for (int l = 0; l < layers; l++) {
            out.printf("  layer %d: the spectral norm changes by x%.4f per step of lag%n", l, flow.growthPerStep(l));
        }
    }

    static void toJson(ObjectNode root, JacobianFlow flow, TimeGradients time) {
        root.put("grad_ratio_h1_hT", ratio(time));
        ObjectNode j = root.putObject("jacobian");
        j.put("norms", "spectral (power iteration) and frobenius of dh_T/dh_{T-k}, mean over the first sequences");
        ArrayNode lags = j.putArray("lags");
        for (int k : flow.lags()) {
            lags.add(k);
        }
        ArrayNode layers = j.putArray("layers");
        for (int l = 0; l < flow.spectral().length; l++) {
            ObjectNode o = layers.addObject();
            ArrayNode s = o.putArray("spectral"), f = o.putArray("frobenius");
            for (int i = 0; i < flow.lags().length; i++) {
                s.add(flow.spectral()[l][i]);
                f.add(flow.frobenius()[l][i]);
            }
            o.put("growth_per_step", flow.growthPerStep(l));
        }
    }
}
