package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.concurrent.Callable;

import org.rnnlab.experiment.DepthGrid;
import org.rnnlab.experiment.Grid;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.report.StudyDescription;
import org.rnnlab.task.Task;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Variants × sequence lengths × seeds, in parallel, into a report. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Compare variants across sequence lengths and seeds; write a report.",
        description = {"Trains every variant on the task at every sequence length with every seed, in parallel on all",
                "cores (each run single-threaded and seeded by task, length and seed, so results do not depend on",
                "the thread count, and every variant of a cell type starts from the same weights on the same data),",
                "and writes a report: index.html with charts, summary.md, results.csv, per-run metrics.",
                "Each finished run is recorded in OUT/runs/ at once: the same command again continues a",
                "stopped study (recorded runs are read back, not trained); --fresh starts over.", "",
                "Named variants: tanh, tanh-clip1, tanh-clip2, tanh-clip5, relu, relu-clip, leaky, leaky-0.2, irnn,",
                "sigmoid, softsign, logsig, lstm, lstm-clip, gru, and with layer normalisation in the cells",
                "tanh-ln, lstm-ln, gru-ln. Define more with --variant or --variants-file:",
                "  --variant name=elu-clip2,base=tanh,activation=elu,clip=2",
                "keys: " + VariantSpecs.KEYS + ".", "",
                "Depth study: --layers 1,2,3,4 runs every variant at every depth (tanh-L1 ... tanh-L4); the report's",
                "depth section charts the bottom layer's share of the gradient against depth, and per layer the",
                "gradient ||dL/dh|| and the update-to-weight ratio of W_hh.", ""})
final class CompareCommand implements Callable<Integer> {

    static final String DEFAULT_VARIANTS = "tanh,tanh-clip1,tanh-clip5,relu,leaky,lstm";
    static final List<Integer> DEFAULT_LENGTHS = List.of(10, 20, 50, 100, 200);

    @Spec
    CommandSpec spec;

    @Mixin
    StudyArgs study;

    @Option(names = "--variants", split = ",", paramLabel = "NAME", defaultValue = DEFAULT_VARIANTS,
            description = "Named variants, comma-separated (default: ${DEFAULT-VALUE}); with --variant or "
                    + "--variants-file, give --variants= (empty) to use only those.")
    List<String> variants;

    @Option(names = "--variant", paramLabel = "SPEC", description = "A user-defined variant, key=value,... (repeatable).")
    List<String> variantSpecs;

    @Option(names = "--variants-file", paramLabel = "FILE.json", description = "User-defined variants: a JSON array of objects.")
    Path variantsFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The report's directory, e.g. reports/mine.")
    Path out;

    @Override
    public Integer call() {
        List<Variant> chosen = StudyArgs.variants(variants.stream().filter(s -> !s.isBlank()).toList(), variantSpecs,
                variantsFile);
        List<Integer> lengths = study.lengthsOr(DEFAULT_LENGTHS);
        IntFunction<Task> tasks = study.taskOfLength();
        Task sample = tasks.apply(lengths.get(0));
        List<Integer> depths = study.depths();
        List<RunSpec> runs = depths.size() == 1 ? Grid.compare(chosen, lengths, study.seedsOr(StudyArgs.DEFAULT_SEEDS), tasks, study.settings())
                : DepthGrid.compare(chosen, depths, lengths, study.seedsOr(StudyArgs.DEFAULT_SEEDS), tasks, study::settings);
        List<Variant> ran = runs.stream().map(RunSpec::variant).distinct().toList();
        StudyDescription description = StudyDescription.of("Comparing variants" + (depths.size() == 1 ? ""
                : " at depths " + depths.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))
                + " on the " + sample.name() + " task", sample, study.settings(depths.get(depths.size() - 1)), ran);
        return StudyRun.execute(spec, study, runs, description, out);
    }

    static List<String> namedDefaults() {
        return List.of(DEFAULT_VARIANTS.split(","));
    }

    static Variant named(String name) {
        return Variants.named(name).orElseThrow();
    }
}
