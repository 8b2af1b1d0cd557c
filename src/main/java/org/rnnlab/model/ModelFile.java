package org.rnnlab.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rnnlab.cell.Norm;
import org.rnnlab.error.InputException;
import org.rnnlab.io.AtomicFile;
import org.rnnlab.tensor.Parameter;
import org.rnnlab.text.Plural;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Model files: JSON that moves weights between rnnlab and PyTorch.
 *
 * <pre>
 * {"format": "rnnlab-model", "version": 1,
 *  "config": {"cell": "lstm", "activation": "tanh", "input_size": 1, "hidden_size": 32, ...},
 *  "normalization": {...},                     // how the data was scaled, or null
 *  "parameters": {"weight_ih_l0": [[...], ...], "bias_ih_l0": [...], ..., "head.bias": [...]}}
 * </pre>
 *
 * Parameters carry PyTorch's {@code state_dict} names and shapes, so
 * {@code {k: torch.tensor(v) for k, v in json["parameters"].items()}} loads into an
 * {@code nn.LSTM} plus an {@code nn.Linear} named {@code head}. A layer-normalised model
 * ({@code "norm": "layer"} in the config) has more parameters ({@code norm_ih_l0.weight}, ...) and
 * a {@code "pytorch"} note saying that {@code torch.nn} cannot load it and which module can
 * ({@link #PYTORCH_LAYER_NORM}). Numbers are written in the shortest
 * form that reads back to the same double, so saving then loading gives bit-identical outputs.
 * Files are written atomically. Reading rejects, with a message naming the parameter and the
 * shapes, a missing or unknown parameter, a wrong shape, a non-finite number and an unknown cell.
 */
public final class ModelFile {

    public static final String FORMAT = "rnnlab-model";
    public static final int VERSION = 1;
    /** Where the PyTorch module that loads layer-normalised models lives in rnnlab's source. */
    public static final String PYTORCH_LAYER_NORM = "src/test/resources/golden/ln_cells.py";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What a model file holds.
     *
     * @param model         the network of {@code "parameters"} (an ensemble's first member)
     * @param members       every network: {@code model} alone, or each entry of {@code "members"}
     * @param normalization the normalization object, or null
     * @param metadata      the metadata object, or null
     */
    public record Contents(SequenceModel model, List<SequenceModel> members, JsonNode normalization, JsonNode metadata) {
    }

    private ModelFile() {
    }

    /**
     * Writes the model, with optional normalization and metadata objects (null for none), to
     * {@code file} atomically.
     */
    public static void write(Path file, SequenceModel model, JsonNode normalization, JsonNode metadata) {
        write(file, List.of(model), normalization, metadata);
    }

    /**
     * Writes an ensemble: {@code "parameters"} holds the first member (so a reader of single
     * models loads a working network), and with two or more members {@code "members"} holds every
     * member's parameters, the first included, in the same form.
     */
    public static void write(Path file, List<SequenceModel> members, JsonNode normalization, JsonNode metadata) {
        SequenceModel model = members.get(0);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("config", ModelConfigJson.toJson(model.config()));
        root.set("normalization", normalization);
        if (model.config().norm() == Norm.LAYER) {
            root.put("pytorch", pytorchNote(model.config()));
        }
        if (metadata != null) {
            root.set("metadata", metadata);
        }
        root.set("parameters", parametersOf(model));
        if (members.size() > 1) {
            ArrayNode all = root.putArray("members");
            for (SequenceModel m : members) {
                if (!m.config().equals(model.config())) {
                    throw new IllegalArgumentException("ensemble members must share one configuration");
                }
                all.add(parametersOf(m));
            }
        }
        AtomicFile.write(file, out -> JSON.writeValue(out, root));
    }

    /** What PyTorch can and cannot load of a layer-normalised model. */
    private static String pytorchNote(ModelConfig c) {
        String module = "torch.nn." + switch (c.cell()) {
            case RNN -> "RNN";
            case LSTM -> "LSTM";
            case GRU -> "GRU";
        };
        return module + " has no layer normalisation and cannot load these parameters (the norm_* entries, and"
                + " weights trained behind the normalisation); the module LayerNormStack in rnnlab's "
                + PYTORCH_LAYER_NORM + " loads them with load_state_dict and computes what rnnlab computes";
    }

    private static ObjectNode parametersOf(SequenceModel model) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        for (Parameter p : model.parameters()) {
            params.set(p.name(), tensor(p));
        }
        return params;
    }

    /** Reads a model file; bad content is an {@link InputException} naming the file and the problem. */
    public static Contents read(Path file) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file, "no such model file; give the model.json of a run (or its directory)");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String what = "not valid JSON (" + e.getOriginalMessage() + "); is this a model file written by rnnlab?";
            throw (loc == null ? InputException.inFile(file, what)
                    : InputException.at(file, loc.getLineNr(), loc.getColumnNr(), what)).withCause(e);
        } catch (IOException e) {
            throw InputException.inFile(file, "cannot read: " + e.getMessage()).withCause(e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw InputException.inFile(file, "not an rnnlab model file (\"format\" is not \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw InputException.inFile(file, "model file version " + root.path("version") + " is not supported; this rnnlab reads version " + VERSION);
        }
        ModelConfig config;
        try {
            config = ModelConfigJson.fromJson(root.path("config"));
        } catch (IllegalArgumentException e) {
            throw InputException.inFile(file, "config: " + e.getMessage());
        }
        SequenceModel model = loadParameters(file, config, root.path("parameters"), "");
        List<SequenceModel> members = List.of(model);
        JsonNode all = root.get("members");
        if (all != null) {
            if (!all.isArray() || all.isEmpty()) {
                throw InputException.inFile(file, "\"members\" must be a non-empty list of parameter objects");
            }
            List<SequenceModel> loaded = new java.util.ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                loaded.add(loadParameters(file, config, all.get(k), "members[" + k + "]: "));
            }
            members = List.copyOf(loaded);
        }
        JsonNode normalization = root.get("normalization");
        return new Contents(members.get(0), members, normalization == null || normalization.isNull() ? null : normalization,
                root.get("metadata"));
    }

    private static SequenceModel loadParameters(Path file, ModelConfig config, JsonNode params, String where) {
        SequenceModel model = SequenceModel.zeros(config);
        if (!params.isObject()) {
            throw InputException.inFile(file, where + "no \"parameters\" object");
        }
        Set<String> unknown = new LinkedHashSet<>();
        params.fieldNames().forEachRemaining(unknown::add);
        for (Parameter p : model.parameters()) {
            JsonNode values = params.get(p.name());
            if (values == null) {
                throw InputException.inFile(file, where + "parameter " + p.name() + " is missing (expected shape "
                        + p.shapeString() + " for " + describe(config) + ")");
            }
            load(file, p, values, config);
            unknown.remove(p.name());
        }
        if (!unknown.isEmpty()) {
            boolean normNames = config.norm() == Norm.NONE && unknown.stream().anyMatch(n -> n.startsWith("norm_"));
            throw InputException.inFile(file, where + "unknown " + Plural.word(unknown.size(), "parameter") + " "
                    + String.join(", ", unknown) + " for " + describe(config) + (normNames
                            ? " (norm_* parameters belong to a layer-normalised model: \"norm\": \"layer\" in \"config\")"
                            : ""));
        }
        return model;
    }

    private static ArrayNode tensor(Parameter p) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int[] shape = p.shape();
        if (shape.length == 1) {
            for (double v : p.value().data) {
                array.add(v);
            }
        } else {
            for (int i = 0; i < shape[0]; i++) {
                ArrayNode row = array.addArray();
                for (int j = 0; j < shape[1]; j++) {
                    row.add(p.value().get(i, j));
                }
            }
        }
        return array;
    }

    private static void load(Path file, Parameter p, JsonNode values, ModelConfig config) {
        int[] expected = p.shape();
        int[] actual = shapeOf(values);
        if (!Arrays.equals(expected, actual)) {
            throw InputException.inFile(file, "parameter " + p.name() + " has shape " + (actual == null ? "(not a numeric array)"
                    : Arrays.toString(actual)) + ", expected " + Arrays.toString(expected) + " for " + describe(config));
        }
        for (int i = 0; i < expected[0]; i++) {
            if (expected.length == 1) {
                p.value().set(i, 0, number(file, p, values.get(i), "[" + i + "]"));
            } else {
                for (int j = 0; j < expected[1]; j++) {
                    p.value().set(i, j, number(file, p, values.get(i).get(j), "[" + i + "][" + j + "]"));
                }
            }
        }
    }

    /** The shape of a nested numeric array of depth 1 or 2, or null if it is ragged or not numeric. */
    private static int[] shapeOf(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            return null;
        }
        if (!v.get(0).isArray()) {
            for (JsonNode e : v) {
                if (!e.isNumber()) {
                    return null;
                }
            }
            return new int[] {v.size()};
        }
        int cols = v.get(0).size();
        for (JsonNode row : v) {
            if (!row.isArray() || row.size() != cols) {
                return null;
            }
            for (JsonNode e : row) {
                if (!e.isNumber()) {
                    return null;
                }
            }
        }
        return new int[] {v.size(), cols};
    }

    private static double number(Path file, Parameter p, JsonNode n, String index) {
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw InputException.inFile(file, "parameter " + p.name() + index + " is " + n.asText() + "; weights must be finite");
        }
        return v;
    }

    private static String describe(ModelConfig c) {
        return (c.norm() == Norm.LAYER ? "layer-normalised " : "") + c.cell().id() + " with input_size " + c.inputSize() + ", hidden_size " + c.hiddenSize() + ", "
                + Plural.of(c.layers(), "layer") + ", output_size " + c.outputSize();
    }
}
