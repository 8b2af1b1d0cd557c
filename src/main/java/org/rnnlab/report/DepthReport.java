package org.rnnlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rnnlab.experiment.RunResult;

/**
 * The depth section of a report: shown when some recipe ran at two or more depths, or ran stacked
 * (then only the per-layer charts). The classic argument (Hochreiter 1991; Bengio, Simard and Frasconi
 * 1994; Glorot and Bengio 2010): lower layers receive smaller gradients, and saturating activations
 * fail beyond two or three hidden layers.
 */
final class DepthReport {

    static final String SHARE = "depth-bottom-share", LAYER_GRADIENTS = "depth-layer-gradients", RATIOS = "depth-update-ratios";

    private DepthReport() {
    }

    static void writeCharts(Path dir, StudyGrid grid, boolean svg) {
        List<DepthGroups.Family> families = DepthGroups.of(grid);
        int t = grid.longest();
        if (DepthGroups.isDepthStudy(families)) {
            write(dir, SHARE, DepthCharts.bottomShare(families, t), svg);
        }
        if (DepthGroups.isStacked(families)) {
            write(dir, LAYER_GRADIENTS, DepthCharts.layerGradients(families, t), svg);
            write(dir, RATIOS, DepthCharts.updateRatios(families, t), svg);
        }
    }

    private static void write(Path dir, String name, org.jfree.chart.JFreeChart chart, boolean svg) {
        ChartWriter.write(Figure.of(chart, ChartStyle.WIDTH, ChartStyle.HEIGHT), dir.resolve(name + ".png"), svg);
    }

    static Optional<Section> section(StudyGrid grid, boolean svg) {
        List<DepthGroups.Family> families = DepthGroups.of(grid);
        boolean study = DepthGroups.isDepthStudy(families);
        if (!DepthGroups.isStacked(families)) {
            return Optional.empty();
        }
        int t = grid.longest();
        List<Section.Image> images = new ArrayList<>();
        if (study) {
            images.add(image(SHARE, "bottom layer's gradient share against depth", "The bottom layer's share of the recurrent "
                    + "weights' gradient, ‖∂L/∂W_hh⁰‖ / Σ_l ‖∂L/∂W_hhˡ‖ (W_hh has the same shape in every layer; gradients before "
                    + "clipping), "
                    + "median over the training steps, then over seeds, at T = " + t + ", against the number of layers L; "
                    + "dashed: the equal share 1/L.", svg));
        }
        images.add(image(LAYER_GRADIENTS, "gradient per layer", "The mean over t of ‖∂L/∂h_t‖ in each layer of each recipe's "
                + "deepest network at T = " + t + " on the probe batch, at initialisation (left) and after training (right); "
                + "median over seeds. A layer whose gradient was 0 (dead ReLUs) or not finite has no point.", svg));
        images.add(image(RATIOS, "update-to-weight ratio per layer", "‖ΔW_hh‖ / ‖W_hh‖ of each layer's recurrent weights, "
                + "median over the steps whose update was applied, then over seeds, for each recipe's deepest network at T = "
                + t + ".", svg));
        return Optional.of(new Section("depth", "Depth: gradients across stacked layers", findings(families, t, study), List.of(),
                images, List.of()));
    }

    private static String findings(List<DepthGroups.Family> families, int t, boolean study) {
        List<String> shares = new ArrayList<>(), success = new ArrayList<>();
        for (DepthGroups.Family f : families) {
            List<String> s = new ArrayList<>(), ok = new ArrayList<>();
            for (Map.Entry<Integer, List<RunResult>> e : f.byDepth().entrySet()) {
                s.add(Wording.percent(f.median(e.getKey(), r -> r.diagnostics().bottomShare())));
                ok.add(e.getValue().stream().filter(RunResult::success).count() + "/" + e.getValue().size());
            }
            shares.add(f.name() + " " + String.join(" → ", s));
            success.add(f.name() + " " + String.join(", ", ok));
        }
        String depths = String.join(", ", families.stream().flatMap(f -> f.byDepth().keySet().stream()).distinct().sorted()
                .map(String::valueOf).toList());
        if (!study) {
            return "The per-layer charts show how the gradient and the update size change from the top layer to the bottom "
                    + "(T = " + t + "). The bottom layer's share of the recurrent weights' gradient ‖∂L/∂W_hh‖ was " + Wording.list(shares)
                    + " (an equal share is 1/L).";
        }
        return "At T = " + t + ", the bottom layer's share of the recurrent weights' gradient ‖∂L/∂W_hh‖ at L = " + depths + " layers was "
                + Wording.list(shares) + " (an equal share is 1/L: 100%, 50%, 33%, 25%, …). Seeds that met the success "
                + "criterion at each depth: " + Wording.list(success) + ".";
    }

    private static Section.Image image(String name, String alt, String caption, boolean svg) {
        return new Section.Image(ReportCharts.path(name, "png"), alt, caption, svg ? ReportCharts.path(name, "svg") : "");
    }
}
