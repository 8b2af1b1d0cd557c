package org.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.experiment.AutoThreshold;
import org.rnnlab.experiment.RunResult;
import org.rnnlab.experiment.RunSpec;
import org.rnnlab.experiment.Runner;
import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variant;
import org.rnnlab.experiment.Variants;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.train.DivergenceRule;

class StudyReportTest {

    private static final List<String> VARIANTS = List.of("tanh", "tanh-clip1", "lstm");
    private static final List<Integer> LENGTHS = List.of(5, 8);

    /** A real study, as small as it gets: 3 variants × 2 lengths × 1 seed, 20 steps of 4 units. */
    private static List<RunResult> realStudy() {
        StudySettings s = new StudySettings(4, 1, 8, 20, 32, 16, 10, DivergenceRule.defaults());
        List<RunSpec> specs = new ArrayList<>();
        for (String v : VARIANTS) {
            for (int t : LENGTHS) {
                specs.add(new RunSpec(Variants.named(v).get(), new AddingProblem(t), 0, s, null));
            }
        }
        return Runner.run(specs, 1, r -> {
        });
    }

    private static StudyDescription description(List<RunResult> records) {
        List<Variant> variants = records.stream().map(r -> r.spec().variant()).distinct().toList();
        return StudyDescription.of("Tiny study", new AddingProblem(5), records.get(0).spec().settings(), variants)
                .withReason("Small enough for a unit test.").withCommandLine("rnnlab compare --task adding --lengths 5,8")
                .withTiming(Instant.parse("2025-01-01T12:00:00Z"), 1.5, 1);
    }

    @Test
    void aSmallStudyGivesEveryFileAndTheHtmlLinksOnlyToFilesThatExist(@TempDir Path dir) throws IOException {
        List<RunResult> records = realStudy();
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/grad-norm-T999.png"), "left by an older report");

        Path index = StudyReport.write(dir, description(records), records, ReportOptions.defaults());

        assertEquals(dir.resolve("index.html"), index);
        for (String f : List.of("index.html", "summary.md", "results.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        List<String> charts = new ArrayList<>();
        for (int t : LENGTHS) {
            charts.addAll(List.of("grad-norm-T" + t, "loss-T" + t, "time-gradients-T" + t, "jacobian-T" + t));
        }
        charts.addAll(List.of("final-loss-vs-length", "success-vs-length", "threshold-tanh", "activations", "derivative-products"));
        for (String c : charts) {
            BufferedImage image = ImageIO.read(dir.resolve("charts/" + c + ".png").toFile());
            assertNotNull(image, c);
            assertTrue(image.getWidth() >= 900, c);
        }
        assertFalse(Files.exists(dir.resolve("charts/grad-norm-T999.png")), "a stale chart survived");

        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(String.join(",", ResultsCsv.HEADER) + "," + String.join(",", DiagnosticColumns.header(1)), csv.get(0));
        assertEquals(records.size() + 1, csv.size());
        for (RunResult r : records) {
            List<String> steps = Files.readAllLines(dir.resolve("metrics/" + RunMetricsCsv.fileName(r)));
            assertEquals("step_1based,loss,grad_norm_before,grad_norm_after,clipped,clip_threshold,clipped_unit_share", steps.get(0));
            assertEquals(r.steps().size() + 1, steps.size());
        }

        String html = Files.readString(index);
        Set<String> links = attributes(html, "(?:src|href)=\"([^\"]*)\"");
        assertTrue(links.stream().anyMatch(l -> l.endsWith(".png")));
        for (String link : links) {
            assertFalse(link.contains("://") || link.startsWith("//"), "external address " + link);
            if (!link.startsWith("#")) {
                assertTrue(Files.exists(dir.resolve(link)), "index.html refers to missing " + link);
            }
        }
        for (String c : charts) {
            assertTrue(links.contains("charts/" + c + ".png"), "index.html does not show " + c);
        }
        for (String anchor : links.stream().filter(l -> l.startsWith("#")).toList()) {
            assertTrue(html.contains("id=\"" + anchor.substring(1) + "\""), "no anchor " + anchor);
        }
        assertFalse(html.toLowerCase().contains("<script"));
        assertTrue(html.contains("<style>"));

        String md = Files.readString(dir.resolve("summary.md"));
        for (String link : attributes(md, "\\]\\(([^)]*)\\)")) {
            assertTrue(Files.exists(dir.resolve(link)), "summary.md refers to missing " + link);
        }
        Findings findings = Findings.of(records, description(records));
        for (String v : VARIANTS) {
            assertTrue(findings.all().contains(v), "the findings do not mention " + v);
            assertTrue(html.contains(v) && md.contains(v));
        }
        assertTrue(html.contains(HtmlPage.esc(findings.explosion())), "the explosion findings are not on the page");
        assertTrue(md.contains(findings.explosion()));
        assertTrue(html.contains("rnnlab compare --task adding --lengths 5,8"));
    }

    @Test
    void divergedFailedAndAutoRunsAreDrawnWithoutCrashing(@TempDir Path dir) throws IOException {
        AutoThreshold rule = new AutoThreshold(20, 1.0);
        Variant auto = Variants.named("tanh").get().withName("tanh-auto");
        List<RunResult> records = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            records.add(FakeRun.of("tanh", 10, s).spike(20, 40).timeRatio(0.01, 0.001).health(1.1, 1.3, -2).build());
            records.add(FakeRun.of("tanh", 30, s).divergeAt(50 + s).timeRatio(1e-6, Double.NaN).build());
            records.add(FakeRun.of("tanh-clip1", 10, s).norm(3).timeRatio(0.01, 0.1).build());
            records.add(FakeRun.of("tanh-clip1", 30, s).norm(3).test(0.001, true).loss(0.001).timeRatio(1e-3, 1e-2).build());
            records.add(FakeRun.of(auto, 10, s).auto(rule, 0.9).build());
            records.add(FakeRun.of(auto, 30, s).auto(rule, 1.2).build());
            records.add(FakeRun.of("lstm", 10, s).build());
            records.add(s == 0 ? FakeRun.of("lstm", 30, s).fail("out of memory").build() : FakeRun.of("lstm", 30, s).build());
        }
        Path index = StudyReport.write(dir, description(records), records, ReportOptions.defaults().withRunMetrics(false).withSvg(true));

        String html = Files.readString(index);
        for (String link : attributes(html, "(?:src|href)=\"([^\"]*)\"")) {
            if (!link.startsWith("#")) {
                assertTrue(Files.exists(dir.resolve(link)), "index.html refers to missing " + link);
            }
        }
        assertTrue(Files.exists(dir.resolve("charts/threshold-tanh.svg")));
        assertTrue(html.contains("charts/threshold-tanh.svg"));
        assertFalse(Files.exists(dir.resolve("metrics")) && Files.list(dir.resolve("metrics")).findAny().isPresent());
        assertTrue(html.contains("tanh diverged in 2 of 2 seeds at T = 30 (95% CI 0.34–1; first at step 51)"), html);
        assertTrue(html.contains("auto τ≈") || Files.readString(dir.resolve("summary.md")).contains("between 0.9 and 1.2"));
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("lstm,30,0,failed,failed,")), "the failed run is not in results.csv");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("tanh,30,1,diverged,diverged,52,")), "the diverged run is not in results.csv");
    }

    private static Set<String> attributes(String text, String regex) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }
}
