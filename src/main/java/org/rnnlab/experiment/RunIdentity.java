package org.rnnlab.experiment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The identity of a run: the first {@value #HEX_DIGITS} hex digits of the SHA-256 of its spec in
 * {@link RecordJson} (the variant's whole recipe and name, the task — a synthetic task's kind and
 * length, or a CSV series' SHA-256 of its windows —, the repetition seed, the study settings, the
 * automatic-threshold rule) together with the rnnlab version. Everything that determines a result
 * is in it, so two runs with the same identity give the same result on the same machine, and a
 * changed setting gives a new identity. A component added to any of these records enters the
 * identity with no code here.
 */
public final class RunIdentity {

    /** Hex digits kept of the SHA-256 (96 bits). */
    public static final int HEX_DIGITS = 24;

    private RunIdentity() {
    }

    /** The identity of {@code spec} run by rnnlab {@code version}. */
    public static String of(RunSpec spec, String version) {
        ObjectNode canonical = RecordJson.MAPPER.createObjectNode();
        canonical.put("identity", 1);
        canonical.put("rnnlab", version);
        canonical.set("spec", RecordJson.MAPPER.valueToTree(spec));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(RecordJson.MAPPER.writeValueAsBytes(canonical));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the spec of " + spec.label() + " as JSON: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
