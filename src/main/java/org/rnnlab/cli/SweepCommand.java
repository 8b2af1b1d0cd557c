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
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.Variant;
import org.rnnlab.report.StudyDescription;
import org.rnnlab.task.Task;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The clipping-threshold study. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Sweep the clipping threshold across sequence lengths and seeds; write a report.",
        description = {"Trains one base variant with global-norm clipping at each threshold τ (and without clipping,",
                "and with an automatic τ) at every sequence length with every seed, and writes a report whose",
                "sweep chart shows final loss, success rate and share of clipped steps against τ.", "",
                "auto: train the first --auto-steps steps without clipping from the same start and set τ to",
                "--auto-factor × the median of their gradient norms (Pascanu et al. 2013 suggest 0.5–10× the",
                "average norm); the report says which τ each run chose.", ""})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StudyArgs study;

    @Option(names = "--thresholds", split = ",", defaultValue = "0.5,1,2,3,4,5,none,auto", paramLabel = "TAU",
            description = "Thresholds: numbers, 'none' and 'auto' (default: ${DEFAULT-VALUE}).")
    List<String> thresholds;

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
        List<RunSpec> runs = Grid.sweep(baseVariant, taus, lengths, study.seedsOr(StudyArgs.DEFAULT_SEEDS), tasks, study.settings());
        List<Variant> variants = runs.stream().map(RunSpec::variant).distinct().toList();
        StudyDescription description = StudyDescription.of("Clipping-threshold sweep of " + base + " on the " + sample.name()
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
        if (!t.matches("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw InputException.of("--thresholds: '" + t + "' is not a number, 'none' or 'auto'");
        }
        try {
            return Threshold.of(Double.parseDouble(t));
        } catch (IllegalArgumentException e) {
            throw InputException.of("--thresholds: " + e.getMessage());
        }
    }
}
