package org.rnnlab.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The provenances of many results (a study's runs), each distinct one once with how many results it computed. */
public final class Provenances {

    private Provenances() {
    }

    /**
     * {"results": N, "unknown": U, "provenances": [{"results": k, "kernel": ..., ...}, ...]}, the
     * distinct provenances in order of first appearance; null entries count as unknown.
     */
    public static ObjectNode summary(List<Provenance> provenances) {
        Map<Provenance, Integer> counts = counts(provenances);
        int unknown = unknown(provenances);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("results", provenances.size());
        o.put("unknown", unknown);
        ArrayNode list = o.putArray("provenances");
        counts.forEach((p, n) -> {
            ObjectNode entry = list.addObject();
            entry.put("results", n);
            entry.setAll(p.toJson());
        });
        return o;
    }

    /** Each distinct provenance with the number of results it computed, in order of first appearance; nulls left out. */
    public static Map<Provenance, Integer> counts(List<Provenance> provenances) {
        Map<Provenance, Integer> counts = new LinkedHashMap<>();
        for (Provenance p : provenances) {
            if (p != null) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** How many of {@code provenances} are unknown (null). */
    public static int unknown(List<Provenance> provenances) {
        return (int) provenances.stream().filter(java.util.Objects::isNull).count();
    }
}
