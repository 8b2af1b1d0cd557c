package org.rnnlab.report;

import java.util.List;
import java.util.Map;

import org.rnnlab.experiment.RunResult;
import org.rnnlab.provenance.Provenance;
import org.rnnlab.provenance.Provenances;
import org.rnnlab.text.Plural;

/**
 * Where a study's numbers were computed, in words for the report: each distinct provenance of its
 * runs (CPU, product kernel and OpenBLAS core type, JVM, rnnlab build) with the number of runs it
 * computed, so that a reader comparing with a rerun elsewhere knows what produced these bits.
 */
final class ProvenanceText {

    private ProvenanceText() {
    }

    /** "150 runs on Intel(R) Xeon(R) Processor (x86_64), kernel openblas (OpenBLAS 0.3.28, core SkylakeX), ..."; empty when unknown. */
    static String of(List<RunResult> records) {
        List<Provenance> all = records.stream().map(RunResult::provenance).toList();
        Map<Provenance, Integer> counts = Provenances.counts(all);
        int unknown = Provenances.unknown(all);
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        counts.forEach((p, n) -> s.append(s.length() == 0 ? "" : "; ").append(Plural.of(n, "run")).append(" on ")
                .append(describe(p)));
        if (unknown > 0) {
            s.append("; ").append(Plural.of(unknown, "run")).append(" of unknown provenance");
        }
        return s.append(". The same version with the same kernel, core type and JVM (the Vector API on or off) gives the same bits; another"
                + " OpenBLAS core type may move the last digits, and runs at the edge of divergence with them"
                + " (--reproducible uses the pure-Java kernel, the same bits on any x86-64 machine).").toString();
    }

    static String describe(Provenance p) {
        String kernel = "kernel " + p.kernel() + (p.openblasVersion() == null ? "" : " (OpenBLAS " + p.openblasVersion()
                + (p.openblasCore() == null ? "" : ", core " + p.openblasCore()) + ")");
        return p.cpu() + " (" + p.arch() + "), " + kernel + ", " + p.jvm() + ", rnnlab " + p.rnnlabVersion()
                + (p.gitCommit() == null ? "" : " (commit " + p.gitCommit() + ")");
    }
}
