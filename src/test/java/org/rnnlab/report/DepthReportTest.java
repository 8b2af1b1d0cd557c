package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.experiment.DepthGrid;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.Runner;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class DepthReportTest {

    private static List<RunResult> depthStudy() {
        List<RunSpec> specs = DepthGrid.compare(List.of(Variants.named("sigmoid").get(), Variants.named("lstm").get()),
                List.of(1, 2, 3), List.of(6), 1, AddingProblem::new,
                d -> new StudySettings(3, d, 4, 8, 16, 8, 4, DivergenceRule.defaults()));
        return Runner.run(specs, 1, r -> {
        });
    }

    @Test
    void aDepthStudy_hasTheDepthSectionWithItsThreeCharts_andSharesFromTheRuns(@TempDir Path dir) throws IOException {
        List<RunResult> records = depthStudy();
        List<Variant> variants = records.stream().map(r -> r.spec().variant()).distinct().toList();
        StudyReport.write(dir, StudyDescription.of("depth", new AddingProblem(6), records.get(0).spec().settings(), variants),
                records, ReportOptions.defaults());

        for (String chart : List.of(DepthReport.SHARE, DepthReport.LAYER_GRADIENTS, DepthReport.RATIOS)) {
            BufferedImage image = ImageIO.read(dir.resolve("charts/" + chart + ".png").toFile());
            assertTrue(image.getWidth() >= 900, chart);
        }
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.contains("## Depth: gradients across stacked layers"), md);
        String sigmoid = "sigmoid 100% → " + share(records, "sigmoid-L2") + " → " + share(records, "sigmoid-L3");
        assertTrue(md.contains(sigmoid), "expected «" + sigmoid + "» in\n" + md);
        assertTrue(md.contains("at L = 1, 2, 3 layers"), md);

        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals(List.of("update_ratio_whh_l0", "update_ratio_whh_l1", "update_ratio_whh_l2"),
                header.subList(header.size() - 3, header.size()));
        int layers = header.indexOf("layers");
        assertEquals("3", csv.get(3).split(",", -1)[layers], "sigmoid-L3 is the third row");
        assertTrue(csv.get(1).endsWith(",,"), "a one-layer run has no ratios for layers 1 and 2: " + csv.get(1));
    }

    private static String share(List<RunResult> records, String variant) {
        return Wording.percent(records.stream().filter(r -> r.variant().equals(variant)).findFirst().orElseThrow()
                .diagnostics().bottomShare());
    }
}
