package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnnlab.experiment.RunExecutor;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variants;
import org.rnnlab.provenance.Provenance;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

/** The report says on what each group of runs was computed. */
class ProvenanceTextTest {

    @Test
    void describe_namesCpuKernelCoreJvmAndBuild() {
        Provenance p = new Provenance("openblas", "0.3.28", "SkylakeX", "Intel(R) Xeon(R) Processor", "x86_64",
                "OpenJDK 17.0.15", "0.1.0", "abc1234");
        assertEquals("Intel(R) Xeon(R) Processor (x86_64), kernel openblas (OpenBLAS 0.3.28, core SkylakeX), OpenJDK"
                + " 17.0.15, rnnlab 0.1.0 (commit abc1234)", ProvenanceText.describe(p));
        Provenance java = new Provenance("java", null, null, "AMD EPYC 7B13", "x86_64", "OpenJDK 17", "0.1.0", null);
        assertEquals("AMD EPYC 7B13 (x86_64), kernel java, OpenJDK 17, rnnlab 0.1.0", ProvenanceText.describe(java));
    }

    @Test
    void of_saysNothingWithoutProvenance_andCountsRunsPerProvenance() {
        assertEquals("", ProvenanceText.of(java.util.List.of()));
        StudySettings tiny = new StudySettings(4, 1, 8, 5, 16, 8, 5, DivergenceRule.defaults());
        RunResult r = RunExecutor.execute(new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(4), 0, tiny,
                null));
        String text = ProvenanceText.of(java.util.List.of(r, r));
        assertTrue(text.startsWith("2 runs on " + ProvenanceText.describe(r.provenance()) + "."), text);
        assertTrue(text.contains("--reproducible"), text);
    }
}
