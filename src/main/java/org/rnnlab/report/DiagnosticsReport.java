package org.rnnlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rnnlab.diagnostics.NonFiniteSite;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.text.Numbers;

/**
 * The report's diagnostics beyond the global norms: the Jacobian flow per length (a chart and its
 * findings), the depth section of stacked networks ({@link DepthReport}) and, when runs diverged, where
 * each first turned non-finite (a table). Kept apart from
 * {@link ReportSections} and {@link ReportCharts}, which call it once each.
 */
final class DiagnosticsReport {

    private DiagnosticsReport() {
    }

    static String jacobian(int length) {
        return "jacobian-T" + length;
    }

    /** Whether any run measured its Jacobian flow. */
    static boolean hasJacobians(StudyGrid grid) {
        return grid.records().stream().anyMatch(r -> r.diagnostics().initialJacobian() != null);
    }

    static void writeCharts(Path dir, StudyGrid grid, VariantColours colours, boolean svg) {
        DepthReport.writeCharts(dir, grid, svg);
        if (!hasJacobians(grid)) {
            return;
        }
        for (int t : grid.lengths()) {
            ChartWriter.write(Figure.of(JacobianFlowChart.create(grid, t, colours), ChartStyle.WIDTH, ChartStyle.HEIGHT),
                    dir.resolve(jacobian(t) + ".png"), svg);
        }
    }

    /** The Jacobian-flow section and, if some run diverged, the first-non-finite section. */
    static List<Section> sections(StudyGrid grid, boolean svg) {
        List<Section> s = new ArrayList<>();
        if (hasJacobians(grid)) {
            List<Section.Image> images = grid.lengths().stream().map(t -> new Section.Image(ReportCharts.path(jacobian(t), "png"),
                    "Jacobian flow against the lag, T = " + t, "σ_max(∂h_T/∂h_{T−k}), the spectral norm (power iteration) of the "
                            + "product of the recurrent Jacobians over the last k steps with the layer's input held fixed, "
                            + "against the lag k, T = " + t + ", on the probe batch: left at initialisation, right after "
                            + "training; median over seeds of the mean over " + org.rnnlab.diagnostics.JacobianFlow.SEQUENCES
                            + " sequences. results.csv also has the Frobenius norm's per-step factor.",
                    svg ? ReportCharts.path(jacobian(t), "svg") : "")).toList();
            s.add(new Section("jacobian", "Jacobian flow: ∂h_T/∂h_{T−k} against the lag", jacobianFindings(grid), List.of(), images,
                    List.of()));
        }
        DepthReport.section(grid, svg).ifPresent(s::add);
        List<RunResult> diverged = grid.records().stream().filter(RunResult::diverged).toList();
        if (!diverged.isEmpty()) {
            s.add(new Section("nonfinite", "Where diverged runs first turned non-finite", nonFiniteFindings(diverged), List.of(),
                    List.of(), List.of(nonFiniteTable(diverged))));
        }
        return s;
    }

    private static String jacobianFindings(StudyGrid grid) {
        int t = grid.longest();
        List<String> before = new ArrayList<>(), after = new ArrayList<>();
        for (GridCell c : grid.cellsAt(t)) {
            double b = JacobianFlowChart.medianGrowth(c.runs(), false), a = JacobianFlowChart.medianGrowth(c.runs(), true);
            if (!Double.isNaN(b)) {
                before.add(c.variant() + " ×" + Numbers.readable(b));
            }
            if (!Double.isNaN(a)) {
                after.add(c.variant() + " ×" + Numbers.readable(a));
            }
        }
        if (before.isEmpty() && after.isEmpty()) {
            return "No run had a finite Jacobian flow at T = " + t + ".";
        }
        String text = "Each further step of lag multiplied the spectral norm of ∂h_T/∂h_{T−k} (top layer, T = " + t
                + ", median over seeds) by";
        if (!before.isEmpty()) {
            text += " " + Wording.list(before) + " at initialisation";
        }
        if (!after.isEmpty()) {
            text += (before.isEmpty() ? " " : "; and by ") + Wording.list(after) + " after training";
        }
        return text + ". Below ×1 the product contracts and gradients crossing many steps vanish; above ×1 it expands"
                + " (Pascanu, Mikolov and Bengio 2013).";
    }

    private static String nonFiniteFindings(List<RunResult> diverged) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        int finite = 0;
        for (RunResult r : diverged) {
            NonFiniteSite site = r.diagnostics().firstNonFinite();
            if (site == null) {
                finite++;
            } else {
                kinds.merge(site.tensor().id().replace('_', ' ') + (site.forward() ? " (forward)" : " (backward)"), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        kinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> parts.add(Wording.count(e.getValue(), diverged.size(), "diverged run") + " in the " + e.getKey()));
        String text = "Each diverged run's diverging step was re-run once to find its first NaN or ±Inf, in the order the step "
                + "computes them (weights, then forward for t = 1 … T layer by layer, the loss, then backward).";
        if (!parts.isEmpty()) {
            text += " The first non-finite value was " + Wording.list(parts) + ".";
        }
        if (finite > 0) {
            text += " " + (finite == diverged.size() ? (finite == 1 ? "The diverged run" : "Every diverged run")
                    : Wording.count(finite, diverged.size(), "diverged run")) + " had no non-finite value in its diverging step: "
                    + "the divergence rule stopped " + (finite == 1 ? "it" : "them") + " on a finite gradient norm"
                    + " (more than the rule's factor times the median of the first steps).";
        }
        return text;
    }

    private static Table nonFiniteTable(List<RunResult> diverged) {
        List<List<String>> rows = new ArrayList<>();
        for (RunResult r : diverged) {
            NonFiniteSite site = r.diagnostics().firstNonFinite();
            rows.add(List.of(r.variant(), String.valueOf(r.length()), String.valueOf(r.spec().seed()),
                    String.valueOf(r.divergedStep() + 1), site == null ? "none (finite norm)" : site.tensor().id().replace('_', ' '),
                    site == null || site.detail().isEmpty() ? Numbers.MISSING : site.detail(),
                    site == null || site.layer() < 0 ? Numbers.MISSING : String.valueOf(site.layer()),
                    site == null || site.timeStep() == 0 ? Numbers.MISSING : String.valueOf(site.timeStep()),
                    site == null ? Numbers.MISSING : String.valueOf(site.value())));
        }
        return new Table("The first non-finite value of each diverged run (step 1-based; t = 1 … T; layer 0 is the bottom)",
                List.of("variant", "T", "seed", "step", "tensor", "gate or parameter", "layer", "t", "value"), rows,
                List.of(1, 2, 3, 6, 7));
    }
}
