package org.rnnlab.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.rnnlab.experiment.RunOutcome;
import org.rnnlab.text.Numbers;
import org.rnnlab.text.Plural;

/**
 * The sections of a report in order — setup, explosion, loss, across time, length, thresholds
 * (when some variants differ only in clipping), activations, tables — each with its findings,
 * figures and captions.
 */
final class ReportSections {

    private final StudyGrid grid;
    private final StudyDescription d;
    private final Findings findings;
    private final List<ThresholdFamilies.Family> families;
    private final boolean svg;

    ReportSections(StudyGrid grid, StudyDescription d, List<ThresholdFamilies.Family> families, boolean svg) {
        this.grid = grid;
        this.d = d;
        this.findings = Findings.of(grid, d);
        this.families = families;
        this.svg = svg;
    }

    List<Section> build() {
        List<Section> s = new ArrayList<>();
        s.add(setup());
        s.add(perLength("explosion", "Gradient norms: where training explodes", findings.explosion(), this::gradientImage));
        s.add(perLength("loss", "Training loss", findings.loss(), this::lossImage));
        s.add(perLength("time", "Across time: vanishing and exploding gradients", findings.timeGradients(), this::timeImage));
        s.add(new Section("length", "Sequence length", findings.lengths(), List.of(), List.of(image(ReportCharts.finalLoss(),
                "final loss against sequence length",
                "Final training loss (mean of the last 10% of steps, median over the seeds that did not diverge) against the "
                        + "sequence length T" + baseline(grid.commonBaseline()) + "; ✕: every seed diverged. Points of different variants are "
                        + "spread a little sideways within each length."),
                image(ReportCharts.successRate(), "success rate against sequence length",
                        "Share of seeds that met the success criterion" + (d.successText().isEmpty() ? "" : ", " + d.successText() + ",")
                                + " at each length; a diverged run counts as a failure.")),
                List.of()));
        s.add(new Section("outcomes", "Outcomes", outcomesText(), List.of(), List.of(image(ReportCharts.outcomeMap(),
                "outcome map", "The outcome of each variant at each length: solved (the task's success criterion), learned "
                        + "(final loss below half the baseline), baseline (no better), state-exploded (finite, but |h| beyond "
                        + Numbers.readable(RunOutcome.STATE_BOUND) + " or a test or final training loss beyond " + Numbers.readable(RunOutcome.LOSS_FACTOR)
                        + "× the baseline), diverged (non-finite, or the divergence rule), failed (an error).")), List.of()));
        Table contrasts = ContrastFindings.table(grid);
        if (contrasts != null) {
            s.add(new Section("contrasts", "Contrasts and their tests", findings.contrasts(), List.of(), List.of(), List.of(contrasts)));
        }
        if (!families.isEmpty()) {
            List<Section.Image> images = new java.util.ArrayList<>(families.stream().map(this::thresholdImage).toList());
            if (AppliedThresholdChart.wanted(grid)) {
                grid.lengths().forEach(t -> images.add(appliedImage(t)));
            }
            s.add(new Section("thresholds", "Clipping thresholds", findings.thresholds(), List.of(), images, List.of()));
        }
        RateClipping.section(grid).ifPresent(s::add);
        s.addAll(DiagnosticsReport.sections(grid, svg));
        s.add(new Section("activations", "Activation functions and the product of derivatives", findings.activations(), List.of(),
                List.of(image(ReportCharts.activations(), "activation functions and derivatives",
                        "Every activation function f (solid) and its derivative f' (dashed) on x ∈ [−4, 4]; the grey line marks "
                                + "f' = 1."),
                        image(ReportCharts.products(), "product of derivatives against T",
                                "f'(x)^T against T for a unit held at x = 0 or x = 1 at every step: the factor by which the "
                                        + "activation alone scales a gradient crossing T steps (log scale). Functions with equal "
                                        + "derivatives share a line.")),
                List.of()));
        List<Table> tables = new ArrayList<>();
        tables.add(SummaryTables.results(grid));
        Table health = SummaryTables.health(grid);
        if (health != null) {
            tables.add(health);
        }
        s.add(new Section("tables", "Tables", findings.tables(), List.of(), List.of(), tables));
        return s;
    }

    private Section setup() {
        List<Section.Paragraph> p = new ArrayList<>();
        if (!d.reason().isEmpty()) {
            p.add(new Section.Paragraph("Why these settings", d.reason(), false));
        }
        if (!d.commandLine().isEmpty()) {
            p.add(new Section.Paragraph("Command", d.commandLine(), true));
        }
        String timing = timing();
        if (!timing.isEmpty()) {
            p.add(new Section.Paragraph("Timing", timing, false));
        }
        String computed = ProvenanceText.of(grid.records());
        if (!computed.isEmpty()) {
            p.add(new Section.Paragraph("Computed on", computed, false));
        }
        return new Section("setup", "Study", findings.overview(), p, List.of(),
                List.of(SummaryTables.settings(d, grid), SummaryTables.variants(d, grid, new VariantColours(grid.variants()))));
    }

    private String timing() {
        List<String> parts = new ArrayList<>();
        if (d.started() != null) {
            parts.add("started " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(d.started().atOffset(ZoneOffset.UTC)));
        }
        if (Double.isFinite(d.seconds())) {
            parts.add("wall time " + Wording.seconds(d.seconds()));
        }
        if (d.threads() > 0) {
            parts.add(Plural.of(d.threads(), "worker thread"));
        }
        return parts.isEmpty() ? "" : String.join(", ", parts) + ".";
    }

    private Section perLength(String id, String title, String text, java.util.function.IntFunction<Section.Image> image) {
        return new Section(id, title, text, List.of(), grid.lengths().stream().map(image::apply).toList(), List.of());
    }

    private Section.Image gradientImage(int t) {
        return image(ReportCharts.gradientNorms(t), "gradient norm per step, T = " + t,
                "Gradient norm (L2 over all parameters, before clipping) at every optimisation step, T = " + t + ". " + shownRun()
                        + " ✕: where a run of any seed diverged (at the top edge when its norm was no longer finite). Dashed "
                        + "lines: clipping thresholds τ; a clipped variant's update never exceeds its τ.");
    }

    private Section.Image lossImage(int t) {
        return image(ReportCharts.losses(t), "training loss per step, T = " + t,
                "Training loss (mean over the batch) at every step, T = " + t + ", for the same runs" + baseline(grid.baseline(t)) + ".");
    }

    private Section.Image timeImage(int t) {
        return image(ReportCharts.timeGradients(t), "gradient norm across time steps, T = " + t,
                "‖∂L/∂h_t‖ of the top layer against the time step t, T = " + t + ", on a fixed probe batch of test sequences: "
                        + "left at initialisation, right after training (or where the run diverged); median over seeds at each t. "
                        + "Variants that start from the same weights coincide on the left.");
    }

    private Section.Image thresholdImage(ThresholdFamilies.Family f) {
        return image(ReportCharts.threshold(f), "threshold sweep " + f.name(),
                "Final loss, success rate and share of clipped steps against the clipping threshold for the variants "
                        + String.join(", ", f.levels().stream().map(ThresholdFamilies.Level::variant).toList())
                        + "; one line per sequence length, medians over seeds; ✕: every seed diverged.");
    }

    /** The outcome counts, and where runs exploded while staying finite. */
    private String outcomesText() {
        String exploded = ExplosionFindings.stateExploded(grid);
        return Findings.outcomes(grid.records()) + (exploded.isEmpty() ? "" : " " + exploded);
    }

    private Section.Image appliedImage(int t) {
        return image(ReportCharts.appliedThreshold(t), "applied clipping threshold per step, T = " + t,
                "The threshold each clipping variant applied at every step, T = " + t + ": fixed τ as a flat line, auto τ as "
                        + "the τ its probe steps chose, AutoClip's τ as the percentile of its own norm history; below, the share "
                        + "of units clipped per step (AGC: gate rows and biases). " + shownRun());
    }

    private String shownRun() {
        if (grid.seeds() == 1) {
            return "One line per variant.";
        }
        return "One line per variant: its run with the first seed (" + (grid.seeds() == 2 ? "the other seed is"
                : "the other " + (grid.seeds() - 1) + " seeds are") + " in the tables and results.csv).";
    }

    /** The caption's note on the dashed baseline: its value, or that it changes with the length (NaN). */
    private String baseline(double value) {
        if (Double.isFinite(value)) {
            return "; dashed black line: the baseline " + Numbers.readable(value) + ", the loss of a trivial predictor";
        }
        boolean any = grid.lengths().stream().anyMatch(t -> Double.isFinite(grid.baseline(t)));
        return any ? "; dashed black line: the baseline at each length, the loss of a trivial predictor" : "";
    }

    private Section.Image image(String name, String alt, String caption) {
        return new Section.Image(ReportCharts.path(name, "png"), alt, caption, svg ? ReportCharts.path(name, "svg") : "");
    }
}
