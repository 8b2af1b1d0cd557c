package org.rnnlab.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.Delimiter;
import org.rnnlab.data.MissingValuePolicy;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.Scaling;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.error.InputException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DataRecipeTest {

    @TempDir
    Path dir;

    @Test
    void recipe_namesTheColumnsTheLoaderChose_andSurvivesJson() throws Exception {
        Path file = Files.writeString(dir.resolve("s.csv"), "t;a;b\n2000-01;1;2\n2000-02;3;4\n2000-03;5;6\n");
        CsvOptions used = CsvOptions.defaults().withDelimiter(Delimiter.SEMICOLON)
                .withMissingValues(MissingValuePolicy.FFILL);
        TimeSeriesTable table = CsvLoader.load(file, used);
        PrepareOptions prepare = new PrepareOptions(new WindowOptions(2, 1, 1, true), new SplitFractions(1, 0, 0),
                Scaling.MINMAX, new Transforms(true, true));
        DataRecipe recipe = DataRecipe.of(used, table, prepare, 12);
        assertEquals(ColumnRef.byName("t"), recipe.csv().timeColumn());
        assertEquals(List.of(ColumnRef.byName("a"), ColumnRef.byName("b")), recipe.csv().features());
        assertEquals(List.of(ColumnRef.byName("b")), recipe.csv().targets());

        String json = new ObjectMapper().writeValueAsString(recipe.toJson());
        DataRecipe back = DataRecipe.fromJson(new ObjectMapper().readTree(json), file);
        assertEquals(recipe, back);
        assertTrue(json.contains("\"transforms\":[\"log\",\"diff\"]"), json);
        assertEquals(table.columns(), CsvLoader.load(file, back.csv()).columns());
    }

    @Test
    void fromJson_rejectsMissingMetadata_andMalformedFields() throws Exception {
        Path file = dir.resolve("m.json");
        InputException none = assertThrows(InputException.class, () -> DataRecipe.fromJson(null, file));
        assertTrue(none.getMessage().startsWith(file + ": the model file has no \"metadata\""), none.getMessage());

        ObjectNode o = DataRecipe.of(CsvOptions.defaults(), CsvLoader.load(Files.writeString(dir.resolve("x.csv"),
                "month,v\n2000-01,1\n")), PrepareOptions.of(WindowOptions.of(1, 1)), 0).toJson();
        o.with("windows").put("window", "twelve");
        InputException bad = assertThrows(InputException.class, () -> DataRecipe.fromJson(o, file));
        assertEquals(file + ": metadata: \"window\" is missing or not an integer", bad.getMessage());
    }
}
