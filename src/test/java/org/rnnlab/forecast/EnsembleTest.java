package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.CellType;
import org.rnnlab.model.Initialization;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.ModelFile;
import org.rnnlab.model.SequenceModel;

/** Ensembles: the mean of the members, one member bit for bit, and model files that keep every member. */
class EnsembleTest {

    @TempDir
    Path dir;

    private static SequenceModel member(long seed) {
        return SequenceModel.create(ModelConfig.of(CellType.GRU, 2, 3, 1), Initialization.pytorchDefault(seed));
    }

    private static R064Store input() {
        R064Store x = R064Store.FACTORY.make(2, 5 * 4);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = Math.sin(i * 0.7);
        }
        return x;
    }

    @Test
    void predict_isTheMeanOfTheMembers_andOneMemberIsItselfExactly() {
        SequenceModel a = member(1), b = member(2), c = member(3);
        double[] pa = a.predict(input(), 4).data, pb = b.predict(input(), 4).data, pc = c.predict(input(), 4).data;
        double[] mean = new Ensemble(List.of(a, b, c)).predict(input(), 4).data;
        for (int i = 0; i < mean.length; i++) {
            assertEquals((pa[i] + pb[i] + pc[i]) / 3, mean[i], 1e-15);
        }
        assertArrayEquals(pa, Ensemble.of(a).predict(input(), 4).data, 0.0);
    }

    @Test
    void modelFile_keepsEveryMember_andParametersHoldTheFirst() throws Exception {
        Path file = dir.resolve("ensemble.json");
        List<SequenceModel> members = List.of(member(1), member(2), member(3));
        ModelFile.write(file, members, null, null);
        ModelFile.Contents read = ModelFile.read(file);
        assertEquals(3, read.members().size());
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(members.get(k).predict(input(), 4).data, read.members().get(k).predict(input(), 4).data,
                    0.0, "member " + k);
        }
        assertArrayEquals(members.get(0).predict(input(), 4).data, read.model().predict(input(), 4).data, 0.0);
        String json = Files.readString(file);
        assertTrue(json.contains("\"members\""), "an ensemble file lists its members");
        ModelFile.write(file, member(1), null, null);
        assertTrue(!Files.readString(file).contains("\"members\""), "a single model's file has no member list");
    }

    @Test
    void rejects_membersOfDifferentShapes() {
        SequenceModel other = SequenceModel.create(ModelConfig.of(CellType.GRU, 2, 4, 1), Initialization.pytorchDefault(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Ensemble(List.of(member(1), other)));
        assertTrue(e.getMessage().startsWith("ensemble members must share one configuration"), e.getMessage());
    }
}
