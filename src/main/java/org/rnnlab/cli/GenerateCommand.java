package org.rnnlab.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rnnlab.data.Sequences;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.task.Task;
import org.rnnlab.task.TaskKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports a synthetic task's sequences to CSV. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Export a synthetic task's sequences to CSV.",
        description = {"Writes seeded sequences of a synthetic task in long format, one row per sequence and",
                "time step: sequence, step, the inputs x1..xD, and the targets y1..yK on the steps that have one",
                "(the last step for many-to-one tasks, every step for copy; empty elsewhere). Class targets are",
                "class indices. The same task, length, count and seed always give the same file.", ""})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--task", required = true,
            description = "adding, temporal_order, copy or sine.")
    TaskKind task;

    @Option(names = "--length", defaultValue = "50", description = "Sequence length T (default: ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--count", defaultValue = "1000", description = "Number of sequences (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path out;

    @Override
    public Integer call() {
        if (count < 1) {
            throw new IllegalArgumentException("--count must be >= 1, got " + count);
        }
        Task t = task.create(length);
        Sequences data = t.data(count, 1, seed).train();
        List<String> header = new ArrayList<>(List.of("sequence", "step"));
        for (int d = 1; d <= data.inputSize(); d++) {
            header.add("x" + d);
        }
        for (int k = 1; k <= data.targetSize(); k++) {
            header.add("y" + k);
        }
        AtomicFile.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                    .setHeader(header.toArray(String[]::new)).get());
            List<Object> row = new ArrayList<>();
            for (int n = 0; n < data.count(); n++) {
                for (int s = 0; s < data.steps(); s++) {
                    row.clear();
                    row.add(n);
                    row.add(s);
                    for (int d = 0; d < data.inputSize(); d++) {
                        row.add(data.input(n, s, d));
                    }
                    boolean hasTarget = data.targetPerStep() || s == data.steps() - 1;
                    for (int k = 0; k < data.targetSize(); k++) {
                        row.add(hasTarget ? data.target(n, s, k) : "");
                    }
                    csv.printRecord(row);
                }
            }
            csv.flush();
        });
        spec.commandLine().getOut().printf("wrote %d sequences of %s (T=%d, %d inputs, %d target value(s)) to %s%n", count,
                t.name(), length, data.inputSize(), data.targetSize(), out);
        return 0;
    }
}
