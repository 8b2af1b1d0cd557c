package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.concurrent.Callable;

import org.rnnlab.error.InputException;
import org.rnnlab.experiment.AutoThreshold;
import org.rnnlab.experiment.Grid;
import org.rnnlab.experiment.Grid.Threshold;
import org.rnnlab.experiment.RateGrid;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.Variant;
import org.rnnlab.report.StudyDescription;
import org.rnnlab.task.Task;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The clipping-threshold and clipping-policy study. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Sweep the clipping threshold or policy across sequence lengths and seeds; write a report.",
        description = {"Trains one base variant with global-norm clipping at each threshold τ (and without clipping,",
                "and with an automatic τ, and with the adaptive rules) at every sequence length with every seed,",
                "and writes a report whose sweep chart shows final loss, success rate and share of clipped steps",
                "against τ, with each run's outcome (solved, learned, baseline, state-exploded, diverged). Each",
                "finished run is recorded in OUT/runs/ at once: the same command again continues a stopped sweep;",
                "--fresh starts over.", "",
                "auto: train the first --auto-steps steps without clipping from the same start and set τ to",
                "--auto-factor × the median of their gradient norms (Pascanu et al. 2013 suggest 0.5–10× the",
                "average norm); the report says which τ each run chose.",
                "autoclip:p=P: τ at each step = the P-th percentile of the gradient norms so far (Seetharaman et al.",
                "2020; :order=prior leaves the current norm out, :window=N keeps the last N).",
                "agc:lambda=L: each unit (a gate row of W_ih or W_hh, a bias vector) clipped to L × its weights'",
                "norm (Brock et al. 2021; the output head is left alone).",
                "--policies compares " + SweepCommand.POLICIES + ",",
                "with a chart of the threshold each policy applied per step.", "",
                "--lrs 0.01,0.1,1 crosses learning rates with the thresholds: every rate gets every threshold,",
                "and the report's learning-rate section says which rates stayed finite only with clipping.", ""})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StudyArgs study;

    /** The policies of --policies. */
    static final String POLICIES = "0.5,1,2,5,none,auto,autoclip:p=10,autoclip:p=50,agc:lambda=0.01,agc:lambda=0.1";

    @Option(names = "--thresholds", split = ",", defaultValue = "0.5,1,2,3,4,5,none,auto", paramLabel = "TAU",
            description = "Thresholds: numbers, 'none', 'auto', autoclip:p=P[:order=paper|prior][:window=N] and"
                    + " agc:lambda=L[:eps=E][:head=yes] (default: ${DEFAULT-VALUE}).")
    List<String> thresholds;

    @Option(names = "--lrs", split = ",", paramLabel = "ETA",
            description = "Learning rates to cross with the thresholds, comma-separated (default: the base variant's"
                    + " own); each gets every threshold, and the report says which rates stayed finite only with clipping.")
    List<Double> rates;

    @Option(names = "--policies", description = "Compare the clipping policies: --thresholds " + POLICIES + ".")
    boolean policies;

    @Option(names = "--base", defaultValue = "tanh", paramLabel = "NAME",
            description = "The variant whose clipping is swept (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--auto-steps", defaultValue = "20", description = "Unclipped steps behind 'auto' (default: ${DEFAULT-VALUE}).")
    int autoSteps;

    @Option(names = "--auto-factor", defaultValue = "1.0", description = "τ = factor × median norm for 'auto' (default: ${DEFAULT-VALUE}).")
    double autoFactor;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The report's directory, e.g. reports/sweep.")
    Path out;

    @Override
    public Integer call() {
        Variant baseVariant = StudyArgs.variants(List.of(base), null, null).get(0);
        if (policies) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--thresholds")) {
                throw InputException.of("--policies and --thresholds exclude each other: --policies is --thresholds " + POLICIES);
            }
            thresholds = List.of(POLICIES.split(","));
        }
        List<Threshold> taus = new ArrayList<>();
        for (String t : thresholds) {
            taus.add(parse(t.trim()));
        }
        boolean auto = thresholds.stream().anyMatch(t -> t.trim().equalsIgnoreCase("auto"));
        for (String option : new String[] {"--auto-steps", "--auto-factor"}) {
            Options.rejectUnless(auto, spec, option, "--thresholds with auto",
                    "--thresholds " + String.join(",", thresholds));
        }
        List<Integer> lengths = study.lengthsOr(CompareCommand.DEFAULT_LENGTHS);
        IntFunction<Task> tasks = study.taskOfLength();
        Task sample = tasks.apply(lengths.get(0));
        List<RunSpec> runs;
        try {
            runs = rates == null || rates.isEmpty() ? Grid.sweep(baseVariant, taus, lengths, study.seedsOr(StudyArgs.DEFAULT_SEEDS), tasks, study.settings())
                    : RateGrid.sweep(baseVariant, taus, rates, lengths, study.seedsOr(StudyArgs.DEFAULT_SEEDS), tasks, study.settings());
        } catch (IllegalArgumentException e) {
            throw InputException.of("--lrs/--thresholds: " + e.getMessage());
        }
        List<Variant> variants = runs.stream().map(RunSpec::variant).distinct().toList();
        StudyDescription description = StudyDescription.of((policies ? "Clipping-policy comparison of " : "Clipping-threshold sweep of ") + base + " on the " + sample.name()
                + " task", sample, study.settings(), variants);
        return StudyRun.execute(spec, study, runs, description, out);
    }

    private Threshold parse(String t) {
        if (t.equalsIgnoreCase("none")) {
            return Threshold.none();
        }
        if (t.equalsIgnoreCase("auto")) {
            try {
                return Threshold.auto(new AutoThreshold(autoSteps, autoFactor));
            } catch (IllegalArgumentException e) {
                throw InputException.of("--auto-steps/--auto-factor: " + e.getMessage());
            }
        }
        if (ClipSpecs.isPolicy(t)) {
            try {
                return Threshold.policy(ClipSpecs.policy(t));
            } catch (IllegalArgumentException e) {
                throw InputException.of("--thresholds: " + e.getMessage());
            }
        }
        if (t.matches("-(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw InputException.of("--thresholds: a clipping threshold must be > 0, got " + t);
        }
        if (!t.matches("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw InputException.of("--thresholds: '" + t + "' is not a number, 'none', 'auto', autoclip:p=P or agc:lambda=L");
        }
        try {
            return Threshold.of(Double.parseDouble(t));
        } catch (IllegalArgumentException e) {
            throw InputException.of("--thresholds: " + e.getMessage());
        }
    }
}
