package org.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.activation.PRelu;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.error.InputException;
import org.rnnlab.tensor.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Model files: a round trip gives bit-identical predictions, the parameters carry PyTorch's names
 * and shapes, and every kind of bad file is rejected with a message that says what is wrong.
 */
class ModelFileTest {

    private static final int D = 2, H = 3, O = 2, B = 3, T = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("rnn-prelu-2-layers", ModelConfig.of(CellType.RNN, D, H, O).withActivation(new PRelu(0.25)).withLayers(2)),
                Arguments.of("lstm", ModelConfig.of(CellType.LSTM, D, H, O)),
                Arguments.of("gru", ModelConfig.of(CellType.GRU, D, H, O).withTask(TaskShape.MANY_TO_MANY)),
                Arguments.of("rnn-prelu-ln", ModelConfig.of(CellType.RNN, D, H, O).withActivation(new PRelu(0.25))
                        .withNorm(Norm.LAYER)),
                Arguments.of("lstm-ln-2-layers", ModelConfig.of(CellType.LSTM, D, H, O).withLayers(2).withNorm(Norm.LAYER)),
                Arguments.of("gru-ln", ModelConfig.of(CellType.GRU, D, H, O).withNorm(Norm.LAYER)
                        .withTask(TaskShape.MANY_TO_MANY)),
                Arguments.of("lstm-highway-4", ModelConfig.of(CellType.LSTM, D, H, O).withHighway(4)),
                Arguments.of("rnn-highway-2-layers", ModelConfig.of(CellType.RNN, D, H, O).withLayers(2).withHighway(T)));
    }

    private static SequenceModel model(ModelConfig config, long seed) {
        SequenceModel m = SequenceModel.create(config, Initialization.pytorchDefault(seed));
        Random rng = new Random(seed);
        for (Parameter p : m.parameters()) { // every value distinct from its initial pattern, slopes included
            for (int i = 0; i < p.size(); i++) {
                p.value().data[i] += 0.1 * rng.nextGaussian();
            }
        }
        return m;
    }

    private static R064Store input(long seed) {
        Random rng = new Random(seed);
        R064Store x = R064Store.FACTORY.make(D, T * B);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void roundTrip_givesBitIdenticalPredictions(String name, ModelConfig config) {
        SequenceModel original = model(config, 3);
        Path file = dir.resolve(name + ".json");
        ModelFile.write(file, original, null, null);
        ModelFile.Contents read = ModelFile.read(file);
        assertEquals(config, read.model().config());
        assertNull(read.normalization());
        for (int i = 0; i < original.parameters().size(); i++) {
            Parameter a = original.parameters().get(i), b = read.model().parameters().get(i);
            assertEquals(a.name(), b.name());
            assertTrue(java.util.Arrays.equals(a.value().data, b.value().data), a.name() + " changed in the round trip");
        }
        R064Store x = input(4);
        double[] expected = original.predict(x, B).data, actual = read.model().predict(x, B).data;
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(expected[i] == actual[i], "prediction " + i + ": " + expected[i] + " became " + actual[i]);
        }
    }

    @Test
    void file_usesPyTorchStateDictNamesShapesAndRowMajorNesting() throws IOException {
        SequenceModel m = model(ModelConfig.of(CellType.LSTM, D, H, O).withLayers(2), 5);
        Path file = dir.resolve("model.json");
        ModelFile.write(file, m, JSON.createObjectNode().put("mean", 0.5), JSON.createObjectNode().put("note", "x"));
        JsonNode root = JSON.readTree(file.toFile());
        assertEquals("rnnlab-model", root.get("format").asText());
        assertEquals(1, root.get("version").asInt());
        assertEquals("lstm", root.get("config").get("cell").asText());
        assertEquals(2, root.get("config").get("num_layers").asInt());
        assertEquals(H, root.get("config").get("hidden_size").asInt());
        assertEquals(0.5, root.get("normalization").get("mean").asDouble(), 0.0);
        List<String> names = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        root.get("parameters").properties().forEach(e -> {
            names.add(e.getKey());
            JsonNode v = e.getValue();
            shapes.add(v.get(0).isArray() ? "[" + v.size() + ", " + v.get(0).size() + "]" : "[" + v.size() + "]");
        });
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_ih_l1", "weight_hh_l1",
                "bias_ih_l1", "bias_hh_l1", "head.weight", "head.bias"), names);
        assertEquals(List.of("[12, 2]", "[12, 3]", "[12]", "[12]", "[12, 3]", "[12, 3]", "[12]", "[12]", "[2, 3]", "[2]"), shapes);
        // weight[i][j] is row i (gate unit), column j (input feature), as torch.tensor(nested) reads it
        R064Store w = m.parameter("weight_ih_l0").value();
        JsonNode fileW = root.get("parameters").get("weight_ih_l0");
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(w.get(i, j), fileW.get(i).get(j).asDouble(), 0.0);
            }
        }
        ModelFile.Contents c = ModelFile.read(file);
        assertEquals(0.5, c.normalization().get("mean").asDouble(), 0.0);
        assertEquals("x", c.metadata().get("note").asText());
    }

    @Test
    void prelu_slopesAreSavedUnderTheirOwnName() throws IOException {
        SequenceModel m = model(ModelConfig.of(CellType.RNN, D, H, O).withActivation(new PRelu(0.25)).withLayers(2), 6);
        Path file = dir.resolve("prelu.json");
        ModelFile.write(file, m, null, null);
        JsonNode params = JSON.readTree(file.toFile()).get("parameters");
        assertEquals(H, params.get("activation_l0.weight").size());
        assertEquals(H, params.get("activation_l1.weight").size());
        assertEquals(m.parameter("activation_l1.weight").value().data[2], params.get("activation_l1.weight").get(2).asDouble(), 0.0);
        assertEquals("prelu", JSON.readTree(file.toFile()).get("config").get("activation").asText());
    }

    @Test
    void layerNormFile_namesItsNormAndItsExtraParameters_andSaysWhatPyTorchCanLoad() throws IOException {
        SequenceModel m = model(ModelConfig.of(CellType.LSTM, D, H, O).withNorm(Norm.LAYER), 9);
        Path file = dir.resolve("ln.json");
        ModelFile.write(file, m, null, null);
        JsonNode root = JSON.readTree(file.toFile());
        assertEquals("layer", root.get("config").get("norm").asText());
        List<String> names = new ArrayList<>();
        root.get("parameters").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "norm_ih_l0.weight",
                "norm_hh_l0.weight", "norm_c_l0.weight", "norm_c_l0.bias", "head.weight", "head.bias"), names);
        assertEquals(4 * H, root.get("parameters").get("norm_hh_l0.weight").size());
        assertTrue(root.get("pytorch").asText().startsWith("torch.nn.LSTM has no layer normalisation"),
                root.get("pytorch").asText());
        ModelFile.write(file, model(ModelConfig.of(CellType.LSTM, D, H, O), 9), null, null);
        JsonNode plain = JSON.readTree(file.toFile());
        assertEquals("none", plain.get("config").get("norm").asText());
        assertNull(plain.get("pytorch"), "a plain model loads into torch.nn.LSTM as it is");
    }

    @Test
    void highwayFile_namesItsStepsAndItsWeight_andAFileWithoutOneHasNone() throws IOException {
        Path file = dir.resolve("highway.json");
        ModelFile.write(file, model(ModelConfig.of(CellType.LSTM, D, H, O).withHighway(3), 11), null, null);
        JsonNode root = JSON.readTree(file.toFile());
        assertEquals(3, root.get("config").get("highway").asInt());
        JsonNode w = root.get("parameters").get("highway.weight");
        assertEquals(O, w.size(), "highway.weight has O rows");
        assertEquals(3 * D, w.get(0).size(), "and K·D columns, as nn.Linear(K·D, O)");
        ModelFile.write(file, model(ModelConfig.of(CellType.LSTM, D, H, O), 12), null, null);
        assertNull(JSON.readTree(file.toFile()).get("config").get("highway"));
        assertEquals(0, ModelFile.read(file).model().config().highway());
    }

    @Test
    void fileWithoutNorm_readsAsAPlainModel() throws IOException {
        Path file = dir.resolve("old.json");
        ModelFile.write(file, model(ModelConfig.of(CellType.GRU, D, H, O), 10), null, null);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) root.get("config")).remove("norm");
        Files.writeString(file, JSON.writeValueAsString(root));
        assertEquals(Norm.NONE, ModelFile.read(file).model().config().norm());
    }

    @Test
    void unknownNorm_isRejected_listingTheKnownOnes() throws IOException {
        InputException e = rejected(root -> ((ObjectNode) root.get("config")).put("norm", "batch"));
        assertEquals("config: unknown norm \"batch\"; expected one of none, layer", e.detail());
    }

    @Test
    void layerNormParametersInAPlainFile_areRejected_sayingWhichConfigTheyBelongTo() throws IOException {
        InputException e = rejected(root -> ((ObjectNode) root.get("parameters")).putArray("norm_ih_l0.weight").add(1.0));
        assertEquals("unknown parameter norm_ih_l0.weight for " + LSTM
                + " (norm_* parameters belong to a layer-normalised model: \"norm\": \"layer\" in \"config\")", e.detail());
    }

    @Test
    void layerNormFileMissingTheCellStateGain_isRejected_namingIt() throws IOException {
        Path file = dir.resolve("ln-missing.json");
        ModelFile.write(file, model(ModelConfig.of(CellType.LSTM, D, H, O).withNorm(Norm.LAYER), 11), null, null);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) root.get("parameters")).remove("norm_c_l0.weight");
        Files.writeString(file, JSON.writeValueAsString(root));
        InputException e = assertThrows(InputException.class, () -> ModelFile.read(file));
        assertEquals("parameter norm_c_l0.weight is missing (expected shape [3] for layer-normalised " + LSTM + ")",
                e.detail());
    }

    /** Writes a good LSTM file, lets {@code edit} change its JSON tree, writes that and reads it back. */
    private InputException rejected(Consumer<ObjectNode> edit) throws IOException {
        Path file = dir.resolve("edited.json");
        ModelFile.write(file, model(ModelConfig.of(CellType.LSTM, D, H, O), 7), null, null);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(root);
        Files.writeString(file, JSON.writeValueAsString(root));
        InputException e = assertThrows(InputException.class, () -> ModelFile.read(file));
        assertEquals(file.toString(), e.location());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e;
    }

    private static final String LSTM = "lstm with input_size 2, hidden_size 3, 1 layer, output_size 2";

    @Test
    void missingParameter_isRejected_namingItAndTheExpectedShape() throws IOException {
        InputException e = rejected(root -> ((ObjectNode) root.get("parameters")).remove("weight_hh_l0"));
        assertEquals("parameter weight_hh_l0 is missing (expected shape [12, 3] for " + LSTM + ")", e.detail());
    }

    @Test
    void wrongShape_isRejected_namingBothShapes() throws IOException {
        InputException e = rejected(root -> {
            ArrayNode w = (ArrayNode) root.get("parameters").get("weight_hh_l0");
            w.forEach(row -> ((ArrayNode) row).remove(2));
        });
        assertEquals("parameter weight_hh_l0 has shape [12, 2], expected [12, 3] for " + LSTM, e.detail());
        InputException vector = rejected(root -> ((ArrayNode) root.get("parameters").get("head.bias")).add(1.0));
        assertEquals("parameter head.bias has shape [3], expected [2] for " + LSTM, vector.detail());
        InputException text = rejected(root -> ((ArrayNode) root.get("parameters").get("head.bias")).set(0, "one"));
        assertEquals("parameter head.bias has shape (not a numeric array), expected [2] for " + LSTM, text.detail());
    }

    @Test
    void nonFiniteNumber_isRejected_namingTheElement() throws IOException {
        Path file = dir.resolve("huge.json");
        ModelFile.write(file, model(ModelConfig.of(CellType.GRU, D, H, O), 8), null, null);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ((ArrayNode) root.get("parameters").get("head.bias")).set(1, JSON.getNodeFactory().numberNode(123.25));
        Files.writeString(file, JSON.writeValueAsString(root).replace("123.25", "1e999"));
        assertTrue(Files.readString(file).contains("1e999"));
        InputException e = assertThrows(InputException.class, () -> ModelFile.read(file));
        assertEquals("parameter head.bias[1] is Infinity; weights must be finite", e.detail());
    }

    @Test
    void unknownCell_isRejected_listingTheKnownOnes() throws IOException {
        InputException e = rejected(root -> ((ObjectNode) root.get("config")).put("cell", "transformer"));
        assertEquals("config: unknown cell \"transformer\"; expected one of rnn, lstm, gru", e.detail());
    }

    @Test
    void unknownExtraParameter_isRejected_namingIt() throws IOException {
        InputException e = rejected(root -> ((ObjectNode) root.get("parameters")).putArray("encoder.weight").add(1.0));
        assertEquals("unknown parameter encoder.weight for " + LSTM, e.detail());
    }

    @Test
    void wrongFormatMarkerOrVersion_isRejected() throws IOException {
        InputException format = rejected(root -> root.put("format", "keras"));
        assertEquals("not an rnnlab model file (\"format\" is not \"rnnlab-model\")", format.detail());
        InputException missing = rejected(root -> root.remove("format"));
        assertEquals("not an rnnlab model file (\"format\" is not \"rnnlab-model\")", missing.detail());
        InputException version = rejected(root -> root.put("version", 2));
        assertEquals("model file version 2 is not supported; this rnnlab reads version 1", version.detail());
    }

    @Test
    void malformedJson_isRejected_withTheLineAndColumnOfTheFault() throws IOException {
        Path file = dir.resolve("broken.json");
        // the second comma on line 4 is column 29
        Files.writeString(file, "{\n  \"format\": \"rnnlab-model\",\n  \"version\": 1,\n  \"config\": {\"cell\": \"lstm\",, }\n}\n");
        InputException e = assertThrows(InputException.class, () -> ModelFile.read(file));
        assertEquals(file + ":4:29", e.location());
        assertTrue(e.detail().startsWith("not valid JSON (Unexpected character (',' "), e.detail());
        assertTrue(e.detail().endsWith("; is this a model file written by rnnlab?"), e.detail());

        Files.writeString(file, "{\"format\": \"rnnlab-model\"]");
        assertEquals(file + ":1:26", assertThrows(InputException.class, () -> ModelFile.read(file)).location());
    }

    @Test
    void missingFile_isRejected_sayingWhatToGive() {
        Path file = dir.resolve("nowhere.json");
        InputException e = assertThrows(InputException.class, () -> ModelFile.read(file));
        assertEquals(file + ": no such model file; give the model.json of a run (or its directory)", e.getMessage());
    }
}
