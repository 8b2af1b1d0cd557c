package org.rnnlab.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.rnnlab.tensor.Kernels;
import org.rnnlab.tensor.OpenBlasBuild;
import org.rnnlab.tensor.OpenBlasMatMul;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a result was computed: what decides its last bits, and what is needed to compute it again.
 * {@code run.json} of {@code train} and every run of a study carry one (a study run on Spark names
 * the executor that ran it).
 *
 * <p>The matrix-product kernel decides the bits: with {@code openblas}, the core type OpenBLAS
 * chose for the CPU (its kernels sum in different orders, so another CPU can give other last bits,
 * and a run at the edge of divergence another outcome); with {@code java} (the
 * {@code --reproducible} kernel) the results are the same on every x86-64 machine for the same
 * rnnlab version. With {@code openblas}, whether the JVM runs the small products on the Vector API
 * (and with how many doubles a vector) decides them too, so the JVM's description says so ("with
 * the Vector API, 4 doubles a vector" or "without the Vector API"): a study resumed under other JVM
 * options shows two provenances.
 *
 * @param kernel          the product kernel new models use: {@code openblas}, {@code ojalgo} or {@code java}
 * @param openblasVersion the OpenBLAS version when the kernel is {@code openblas}, else null
 * @param openblasCore    the core type OpenBLAS chose ({@code Haswell}, {@code SkylakeX}, {@code Zen}, ...)
 *                        when the kernel is {@code openblas}, else null
 * @param cpu             the CPU model ({@code /proc/cpuinfo}), or "unknown"
 * @param arch            the JVM's architecture name ({@code amd64})
 * @param jvm             the JVM's name, version and vendor (with the openblas kernel, and whether
 *                        the small products run on the Vector API)
 * @param rnnlabVersion   the build's version
 * @param gitCommit       the build's git commit, with "-dirty" when the tree had changes, or null
 *                        when it was built outside a git checkout (or without git)
 */
public record Provenance(String kernel, String openblasVersion, String openblasCore, String cpu, String arch, String jvm,
        String rnnlabVersion, String gitCommit) implements Serializable {

    private static final Build BUILD = Build.read();
    private static final String CPU = cpuModel(Path.of("/proc/cpuinfo"));

    public Provenance {
        for (String required : new String[] {kernel, cpu, arch, jvm, rnnlabVersion}) {
            if (required == null || required.isBlank()) {
                throw new IllegalArgumentException("provenance: kernel, cpu, arch, jvm and rnnlabVersion are required");
            }
        }
    }

    /** This JVM's provenance now (the kernel may change with {@code Kernels.use}). */
    public static Provenance current() {
        String kernel = Kernels.inEffect();
        OpenBlasBuild openblas = kernel.equals("openblas") ? OpenBlasBuild.loaded() : null;
        return new Provenance(kernel, openblas == null ? null : openblas.version(), openblas == null ? null : openblas.core(),
                CPU, System.getProperty("os.arch", "unknown"), System.getProperty("java.vm.name", "java") + " "
                        + System.getProperty("java.runtime.version", System.getProperty("java.version", "?")) + " ("
                        + System.getProperty("java.vm.vendor", "unknown vendor") + ")" + vectorNote(kernel),
                BUILD.version(), BUILD.commit());
    }

    /** ", with the Vector API, 4 doubles a vector" for the openblas kernel, as its small products run. */
    private static String vectorNote(String kernel) {
        if (!kernel.equals("openblas")) {
            return "";
        }
        int lanes = OpenBlasMatMul.smallProductLanes();
        return lanes > 0 ? ", with the Vector API, " + lanes + " doubles a vector" : ", without the Vector API";
    }

    /** The kernel with its library and core type: "openblas 0.3.31 (Haswell)", "java". */
    public String kernelLabel() {
        if (openblasVersion == null) {
            return kernel;
        }
        return kernel + " " + openblasVersion + (openblasCore == null || openblasCore.isEmpty() ? "" : " (" + openblasCore + ")");
    }

    /** One line for people: "kernel openblas 0.3.31 (Haswell) on Intel(R) Xeon(R) Processor, OpenJDK ..., rnnlab 0.1.0 (1a2b3c4)". */
    public String label() {
        return "kernel " + kernelLabel() + " on " + cpu + " (" + arch + "), " + jvm + ", rnnlab " + rnnlabVersion
                + (gitCommit == null ? "" : " (" + shortCommit() + ")");
    }

    /** {"kernel": ..., "openblas_version": ..., "openblas_core": ..., "cpu": ..., "arch": ..., "jvm": ..., "rnnlab_version": ..., "git_commit": ...}. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("kernel", kernel);
        o.put("openblas_version", openblasVersion);
        o.put("openblas_core", openblasCore);
        o.put("cpu", cpu);
        o.put("arch", arch);
        o.put("jvm", jvm);
        o.put("rnnlab_version", rnnlabVersion);
        o.put("git_commit", gitCommit);
        return o;
    }

    private String shortCommit() {
        return gitCommit.length() > 12 && gitCommit.matches("[0-9a-f]{40}.*") ? gitCommit.substring(0, 12)
                + gitCommit.substring(40) : gitCommit;
    }

    /** The first "model name" of a cpuinfo file, or "unknown". */
    static String cpuModel(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals("model name")) {
                    String model = line.substring(colon + 1).trim().replaceAll("\\s+", " ");
                    return model.isEmpty() ? "unknown" : model;
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // not Linux, or not readable: say so below
        }
        return "unknown";
    }

    /** The version Maven wrote into build.properties, and the commit the build wrote into git-commit.txt. */
    record Build(String version, String commit) {

        static Build read() {
            Properties p = new Properties();
            String commit = null;
            try (InputStream in = Provenance.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // an unreadable resource is treated as an absent one
            }
            try (InputStream in = Provenance.class.getResourceAsStream("git-commit.txt")) {
                if (in != null) {
                    commit = filled(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // no commit, as outside a git checkout
            }
            String version = filled(p.getProperty("version"));
            return new Build(version == null ? "development" : version, commit);
        }

        /** A value the build filled in, or null (absent, empty, or left as an unresolved ${...}). */
        private static String filled(String value) {
            return value == null || value.isBlank() || value.contains("${") ? null : value.trim();
        }
    }
}
