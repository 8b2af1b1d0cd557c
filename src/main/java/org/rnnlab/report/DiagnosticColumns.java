package org.rnnlab.report;

import java.util.List;

import org.rnnlab.diagnostics.JacobianFlow;
import org.rnnlab.diagnostics.NonFiniteSite;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.experiment.RunDiagnostics;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Numbers;

/**
 * The columns of {@code results.csv} that {@link RunDiagnostics} fills, after the others:
 *
 * <ul>
 * <li>{@code layers};</li>
 * <li>{@code grad_ratio_h1_hT_init}: ‖∂L/∂h_1‖/‖∂L/∂h_T‖ of the top layer on the probe batch before training;</li>
 * <li>{@code jacobian_growth_init}, {@code jacobian_growth_final}: the top layer's per-step factor of
 * σ_max(∂h_T/∂h_{T−k}) between the smallest and the largest lag ({@link JacobianFlow#growthPerStep}), before and
 * after training; {@code jacobian_spectral_lag_T_init}/{@code _final}: σ_max at the largest lag (k = T);
 * {@code jacobian_frobenius_lag_T_init}/{@code _final}: ‖·‖_F there;</li>
 * <li>{@code first_nonfinite_step} (1-based), {@code first_nonfinite_tensor}, {@code first_nonfinite_detail},
 * {@code first_nonfinite_layer}, {@code first_nonfinite_time_step} (1 … T): where a diverged run first turned NaN
 * or ±Inf (empty when it did not, or was not diverged);</li>
 * <li>{@code bottom_grad_share}: the median over steps of ‖∂L/∂W_hh^0‖ / Σ_l ‖∂L/∂W_hh^l‖, and
 * {@code update_ratio_whh_l0} … per layer (up to the study's deepest network): the median ‖ΔW_hh‖/‖W_hh‖.</li>
 * </ul>
 */
final class DiagnosticColumns {

    private static final List<String> FIXED = List.of("layers", "grad_ratio_h1_hT_init", "jacobian_growth_init",
            "jacobian_growth_final", "jacobian_spectral_lag_T_init", "jacobian_spectral_lag_T_final",
            "jacobian_frobenius_lag_T_init", "jacobian_frobenius_lag_T_final", "first_nonfinite_step",
            "first_nonfinite_tensor", "first_nonfinite_detail", "first_nonfinite_layer", "first_nonfinite_time_step",
            "bottom_grad_share");

    private DiagnosticColumns() {
    }

    static int deepest(StudyGrid grid) {
        return grid.records().stream().mapToInt(r -> r.spec().settings().layers()).max().orElse(1);
    }

    static List<String> header(int layers) {
        List<String> h = new java.util.ArrayList<>(FIXED);
        for (int l = 0; l < layers; l++) {
            h.add("update_ratio_whh_l" + l);
        }
        return h;
    }

    static List<String> values(RunResult r, int layers) {
        RunDiagnostics d = r.diagnostics();
        TimeGradients g = r.initialGradients();
        double ratio = Double.NaN;
        if (g != null) {
            double[] top = g.top();
            ratio = top.length == 0 ? Double.NaN : top[0] / top[top.length - 1];
        }
        NonFiniteSite site = d.firstNonFinite();
        List<String> v = new java.util.ArrayList<>(List.of(String.valueOf(r.spec().settings().layers()), Numbers.exactOrEmpty(ratio),
                growth(d.initialJacobian()), growth(d.finalJacobian()), lastLag(d.initialJacobian(), true),
                lastLag(d.finalJacobian(), true), lastLag(d.initialJacobian(), false), lastLag(d.finalJacobian(), false),
                site == null ? "" : String.valueOf(r.divergedStep() + 1), site == null ? "" : site.tensor().id(),
                site == null ? "" : site.detail(), site == null || site.layer() < 0 ? "" : String.valueOf(site.layer()),
                site == null || site.timeStep() == 0 ? "" : String.valueOf(site.timeStep()), Numbers.exactOrEmpty(d.bottomShare())));
        for (int l = 0; l < layers; l++) {
            v.add(l < d.layers() ? Numbers.exactOrEmpty(d.medianUpdateRatio(l)) : "");
        }
        return v;
    }

    private static String growth(JacobianFlow f) {
        return f == null ? "" : Numbers.exactOrEmpty(f.growthPerStep(f.spectral().length - 1));
    }

    private static String lastLag(JacobianFlow f, boolean spectral) {
        if (f == null) {
            return "";
        }
        double[][] n = spectral ? f.spectral() : f.frobenius();
        double[] top = n[n.length - 1];
        return Numbers.exactOrEmpty(top[top.length - 1]);
    }
}
