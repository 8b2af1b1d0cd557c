package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.tensor.Kernels;
import org.rnnlab.train.DivergenceRule;

/**
 * The reproducible mode: a small study on the pure-Java kernel gives the same bits on every x86-64
 * machine, so its results are pinned to a committed checksum. A change of code that alters any
 * number (or a machine that computes differently) fails here; when the change is intended, the
 * failure message gives the new checksum to commit.
 */
class ReproducibleStudyTest {

    static final Path PINNED = Path.of("src/test/resources/reproducible/small-study.sha256");

    /** 2 lengths × 4 variants × 1 seed on the adding problem, 60 steps each, one of them diverging. */
    static List<RunSpec> smallStudy() {
        StudySettings settings = new StudySettings(6, 1, 8, 60, 64, 32, 20, DivergenceRule.defaults());
        Variant hot = Variants.named("relu").orElseThrow().withName("relu-hot")
                .withOptimizer(org.rnnlab.optim.OptimizerConfig.of(org.rnnlab.optim.OptimizerKind.SGD, 30.0));
        return Grid.compare(List.of(Variants.named("tanh").orElseThrow(), Variants.named("tanh-clip1").orElseThrow(),
                Variants.named("lstm").orElseThrow(), hot), List.of(5, 10), 1, AddingProblem::new, settings);
    }

    @Test
    void aSmallStudyOnTheJavaKernel_matchesItsCommittedChecksum() throws Exception {
        List<RunResult> results;
        try {
            Kernels.use(Kernels.REPRODUCIBLE);
            results = Runner.run(smallStudy(), 2, r -> { });
        } finally {
            Kernels.use(null);
        }
        assertTrue(results.stream().allMatch(r -> r.provenance().kernel().equals("java")), "every run on the java kernel");
        assertTrue(results.stream().noneMatch(RunResult::failed), results.toString());
        String expected = Files.readAllLines(PINNED).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst()
                .orElseThrow().trim();
        assertEquals(expected, checksum(results), "the results of the reproducible study changed; if the change is"
                + " intended, put the new checksum into " + PINNED);
    }

    /**
     * SHA-256 over every number of every record, in spec order, as exact hexadecimal doubles: status,
     * divergence step, threshold, score, per-step loss and norms, probes and health (not wall times).
     */
    static String checksum(List<RunResult> results) throws Exception {
        StringBuilder text = new StringBuilder();
        for (RunResult r : results) {
            text.append(r.spec().label()).append(' ').append(r.status()).append(' ').append(r.divergedStep()).append(' ')
                    .append(Double.toHexString(r.threshold())).append(' ').append(r.success()).append('\n');
            if (r.score() != null) {
                text.append(r.score().metric()).append(' ').append(Double.toHexString(r.score().value())).append(' ')
                        .append(Double.toHexString(r.score().secondary())).append('\n');
            }
            append(text, r.steps().loss());
            append(text, r.steps().normBefore());
            append(text, r.steps().normAfter());
            for (TimeGradients g : r.probes()) {
                for (double[] row : g.hidden()) {
                    append(text, row);
                }
            }
            for (Health h : new Health[] {r.initialHealth(), r.finalHealth()}) {
                append(text, h.saturation());
                append(text, h.dead());
                append(text, h.spectralRadius());
                append(text, h.log10DerivativeProduct());
            }
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static void append(StringBuilder text, double[] values) {
        for (double v : values) {
            text.append(Double.toHexString(v)).append(' ');
        }
        text.append('\n');
    }
}
