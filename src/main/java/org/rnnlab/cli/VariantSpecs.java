package org.rnnlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.Clipping;
import org.rnnlab.error.InputException;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * User-defined variants: {@code key=value} pairs separated by commas on the command line
 * ({@code --variant name=elu-clip2,base=tanh,activation=elu,clip=2}), or the same keys in a JSON
 * file (an array of objects). Keys:
 *
 * <pre>
 *   name        the variant's name (required)
 *   base        a named variant to start from (default: tanh)
 *   cell        rnn | lstm | gru
 *   activation  an activation id; alpha=X sets its parameter (leaky_relu, elu, prelu)
 *   init, init-scale                    the input weights' initialiser and its parameter
 *   recurrent-init, recurrent-scale     the recurrent weights' initialiser and its parameter
 *   optimizer   sgd | momentum | nesterov | adagrad | rmsprop | adam;  lr=X;  momentum=X (momentum, nesterov)
 *   clip        none | a threshold τ for global-norm clipping;  clip-mode=global|per-parameter|value (with τ)
 *               | autoclip:p=P[:order=paper|prior][:window=N] | agc:lambda=L[:eps=E][:head=yes|no] ({@link ClipSpecs})
 *   norm        none | layer   (layer normalisation inside the cells)
 * </pre>
 */
final class VariantSpecs {

    static final String KEYS = "name, base, cell, activation, alpha, init, init-scale, recurrent-init, recurrent-scale, "
            + "optimizer, lr, momentum, clip, clip-mode, norm";

    private VariantSpecs() {
    }

    /** A variant from "key=value,key=value". */
    static Variant parse(String spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw InputException.of("--variant '" + spec + "': expected key=value pairs separated by commas, got '" + part
                        + "'; keys: " + KEYS);
            }
            fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return build(fields, "--variant '" + spec + "'");
    }

    /** The variants of a JSON file: an array of objects with the keys above (values as strings or numbers). */
    static List<Variant> readFile(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file, "no such variants file");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw InputException.at(file, loc.getLineNr(), loc.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InputException.inFile(file, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw InputException.inFile(file, "expected a JSON array of variant objects, e.g. [{\"name\": \"mine\", \"base\": \"tanh\", \"clip\": 2}]");
        }
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode o = root.get(i);
            if (!o.isObject()) {
                throw InputException.inFile(file, "entry " + (i + 1) + " is not an object");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            o.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
            variants.add(build(fields, file + ": entry " + (i + 1)));
        }
        return variants;
    }

    private static Variant build(Map<String, String> f, String where) {
        try {
            String name = required(f, "name", where);
            String baseName = f.getOrDefault("base", "tanh");
            Variant v = Variants.named(baseName).orElseThrow(() -> new IllegalArgumentException(
                    "unknown base variant '" + baseName + "'; named variants: " + String.join(", ", Variants.names())))
                    .withName(name);
            if (f.containsKey("cell")) {
                v = v.withCell(Options.CELL.convert(f.get("cell")));
            }
            if (f.containsKey("activation") || f.containsKey("alpha")) {
                ActivationKind kind = f.containsKey("activation") ? Options.ACTIVATION.convert(f.get("activation"))
                        : v.activation().kind();
                v = v.withActivation(f.containsKey("alpha") ? kind.create(number(f, "alpha")) : kind.create());
            }
            if (f.containsKey("init") || f.containsKey("init-scale")) {
                InitKind kind = f.containsKey("init") ? Options.INIT.convert(f.get("init")) : v.inputInit().kind();
                v = v.withInputInit(f.containsKey("init-scale") ? kind.create(number(f, "init-scale")) : kind.create());
            }
            if (f.containsKey("recurrent-init") || f.containsKey("recurrent-scale")) {
                InitKind kind = f.containsKey("recurrent-init") ? Options.INIT.convert(f.get("recurrent-init"))
                        : v.recurrentInit().kind();
                v = v.withRecurrentInit(f.containsKey("recurrent-scale") ? kind.create(number(f, "recurrent-scale")) : kind.create());
            }
            if (f.containsKey("optimizer") || f.containsKey("lr") || f.containsKey("momentum")) {
                v = v.withOptimizer(optimizer(f, v.optimizer()));
            }
            if (f.containsKey("norm")) {
                v = v.withNorm(Options.NORM.convert(f.get("norm")));
            }
            if (f.containsKey("clip") || f.containsKey("clip-mode")) {
                v = v.withClipping(clipping(f, v.clipping()));
            }
            for (String key : f.keySet()) {
                if (!(", " + KEYS + ",").contains(", " + key + ",")) {
                    throw new IllegalArgumentException("unknown key '" + key + "'; keys: " + KEYS);
                }
            }
            return v;
        } catch (IllegalArgumentException | picocli.CommandLine.TypeConversionException e) {
            throw InputException.of(where + ": " + e.getMessage());
        }
    }

    /** The optimizer, lr and momentum keys over the base's optimiser; momentum only for momentum and nesterov. */
    private static OptimizerConfig optimizer(Map<String, String> f, OptimizerConfig base) {
        OptimizerKind kind = f.containsKey("optimizer") ? Options.OPTIMIZER.convert(f.get("optimizer")) : base.kind();
        double lr = f.containsKey("lr") ? number(f, "lr") : ((org.rnnlab.optim.Schedule.Constant) base.schedule()).rate();
        OptimizerConfig opt = OptimizerConfig.of(kind, lr);
        if (!f.containsKey("momentum")) {
            return opt;
        }
        if (kind != OptimizerKind.MOMENTUM && kind != OptimizerKind.NESTEROV) {
            throw new IllegalArgumentException(Options.inapplicable("momentum", "optimizer=momentum and nesterov",
                    "optimizer=" + kind.id()));
        }
        return opt.withMomentum(number(f, "momentum"));
    }

    /** The clip and clip-mode keys over the base's clipping; clip-mode only with a threshold. */
    private static Clipping clipping(Map<String, String> f, Clipping base) {
        String value = f.getOrDefault("clip", String.valueOf(base.threshold()));
        String mode = f.getOrDefault("clip-mode", "global");
        if (ClipSpecs.isPolicy(value)) {
            if (f.containsKey("clip-mode")) {
                throw new IllegalArgumentException(Options.inapplicable("clip-mode", "a clipping threshold (clip=X)", "clip=" + value));
            }
            return ClipSpecs.policy(value);
        }
        if (value.equalsIgnoreCase("none") || value.equals("NaN")) {
            if (f.containsKey("clip-mode")) {
                throw new IllegalArgumentException(Options.inapplicable("clip-mode", "a clipping threshold (clip=X)",
                        f.containsKey("clip") ? "clip=none" : "the base variant's clip=none"));
            }
            return Clipping.none();
        }
        double tau = Double.parseDouble(value);
        return switch (mode) {
            case "global" -> Clipping.globalNorm(tau);
            case "per-parameter" -> Clipping.perParameter(tau);
            case "value" -> Clipping.value(tau);
            default -> throw new IllegalArgumentException("clip-mode must be global, per-parameter or value, got '" + mode + "'");
        };
    }

    private static String required(Map<String, String> f, String key, String where) {
        String v = f.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is required");
        }
        return v;
    }

    private static double number(Map<String, String> f, String key) {
        try {
            return Double.parseDouble(f.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + f.get(key) + "'");
        }
    }
}
