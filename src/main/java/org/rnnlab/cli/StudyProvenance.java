package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.List;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.forecast.RunJson;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.provenance.Provenances;

/** {@code provenance.json} of a study: which kernels, CPUs, JVMs and builds computed its runs. */
final class StudyProvenance {

    static final String FILE = "provenance.json";

    private StudyProvenance() {
    }

    static void write(Path file, List<RunResult> records) {
        AtomicFile.writeString(file, RunJson.pretty(Provenances.summary(records.stream().map(RunResult::provenance)
                .toList())) + "\n");
    }
}
