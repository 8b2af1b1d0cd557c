package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LabCommandsTest {

    static final String[] TINY = {"--lengths", "5,8", "--seeds", "1", "--steps", "12", "--hidden", "4", "--batch-size", "4",
            "--train-sequences", "32", "--test-sequences", "16", "--threads", "2"};

    private static String[] args(String[] head, String... tail) {
        String[] all = new String[head.length + TINY.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(TINY, 0, all, head.length, TINY.length);
        System.arraycopy(tail, 0, all, head.length + TINY.length, tail.length);
        return all;
    }

    @Test
    void compare_writesAReportWithOneRowPerRun(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(args(new String[] {"compare", "--variants", "tanh,lstm", "--variant", "name=elu2,activation=elu,clip=2"},
                "--out", dir.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Report: " + dir.resolve("index.html")), r.out());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 3 * 2, rows.size(), "3 variants x 2 lengths x 1 seed");
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("elu2,")), "the user-defined variant ran");
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("rnn elu(alpha=1.0)"), "its recipe is described");
    }

    @Test
    void compare_runsTheLayerNormVariants_namedAndDefinedWithNormLayer(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(args(new String[] {"compare", "--variants", "tanh-ln,lstm-ln,gru-ln", "--variant",
            "name=relu-ln,base=relu,norm=layer"}, "--out", dir.toString()));
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        for (String variant : List.of("tanh-ln,", "lstm-ln,", "gru-ln,", "relu-ln,")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith(variant)), variant + " ran");
        }
        String summary = Files.readString(dir.resolve("summary.md"));
        assertTrue(summary.contains("rnn relu, layer norm, W_ih"), "the user-defined variant's recipe names its norm");
        assertTrue(summary.contains("gru, layer norm, W_ih"), "so does gru-ln's");
        Cli.Run bad = Cli.run("compare", "--variants=", "--variant", "name=x,norm=batch", "--out", dir.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--variant 'name=x,norm=batch': unknown norm 'batch'; expected one of none, layer"),
                bad.err());
    }

    @Test
    void sweep_runsEveryThresholdIncludingNoneAndAuto(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(args(new String[] {"sweep", "--thresholds", "1,none,auto", "--auto-steps", "3"}, "--out", dir.toString()));
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 3 * 2, rows.size());
        for (String variant : List.of("tanh-tau-1,", "tanh-none,", "tanh-auto,")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith(variant)), variant);
        }
    }

    @Test
    void sweep_withPolicies_runsFixedAutoAutoClipAndAgc_andRecordsOutcomesAndAppliedThresholds(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(args(new String[] {"sweep", "--policies", "--auto-steps", "3"}, "--out", dir.toString()));
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 10 * 2, rows.size(), "10 policies x 2 lengths x 1 seed");
        List<String> header = List.of(rows.get(0).split(","));
        for (String variant : List.of("tanh-tau-0.5,", "tanh-none,", "tanh-auto,", "tanh-autoclip-p10,", "tanh-autoclip-p50,",
                "tanh-agc-0.01,", "tanh-agc-0.1,")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith(variant)), variant);
        }
        int outcome = header.indexOf("outcome");
        for (String row : rows.subList(1, rows.size())) {
            String o = row.split(",")[outcome];
            assertTrue(List.of("solved", "learned", "baseline", "state-exploded", "diverged").contains(o), row);
        }
        String agc = Files.readAllLines(dir.resolve("metrics/tanh-agc-0.1-T5-seed0.csv")).get(1);
        assertTrue(agc.startsWith("1,") && agc.contains(",0.1,"), "steps from 1, λ as the applied threshold: " + agc);
        assertTrue(Files.exists(dir.resolve("charts/applied-threshold-T8.png")), "the chart of applied thresholds");
    }

    @Test
    void sweep_refusesPoliciesWithThresholds_andABadPolicy(@TempDir Path dir) {
        Cli.assertRejected(Cli.run(args(new String[] {"sweep", "--policies", "--thresholds", "1"}, "--out", dir.toString())),
                "--policies and --thresholds exclude each other");
        Cli.assertRejected(Cli.run(args(new String[] {"sweep", "--thresholds", "1,agc:lambda=0"}, "--out", dir.toString())),
                "--thresholds: AGC's lambda must be > 0, got 0.0");
        Cli.assertRejected(Cli.run(args(new String[] {"sweep", "--thresholds", "1,-2"}, "--out", dir.toString())),
                "--thresholds: a clipping threshold must be > 0, got -2");
    }

    @Test
    void report_studyGains_runsEveryGainActivationAndClippingLevel_andDrawsTheOutcomeMap(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("report", "--study", "gains", "--lengths", "4", "--seeds", "1", "--steps", "4", "--hidden", "4",
                "--batch-size", "4", "--train-sequences", "16", "--test-sequences", "8", "--threads", "2", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 18, rows.size(), "2 activations x 3 gains x 3 clipping levels at 1 length");
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("relu-g2-clip1,4,0,")), "relu at gain 2 clipped at 1");
        assertTrue(Files.exists(dir.resolve("charts/outcome-map.png")));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("W_hh ~ N(0, g²/H) with H = 4"), "the study says why");
        Cli.assertRejected(Cli.run("report", "--study", "depth", "--out", dir.toString()),
                "unknown study 'depth'; expected one of default, gains");
    }

    @Test
    void compare_takesAnAdaptiveRuleInAVariantSpec(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run(args(new String[] {"compare", "--variants", "tanh", "--variant",
            "name=tanh-ac,clip=autoclip:p=10:order=prior"}, "--out", dir.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readAllLines(dir.resolve("results.csv")).stream()
                .anyMatch(l -> l.startsWith("tanh-ac,") && l.contains("autoclip(p=10, prior)")), "the rule is recorded");
        Cli.assertRejected(Cli.run(args(new String[] {"compare", "--variant", "name=x,clip=agc:lambda=0.1,clip-mode=value"},
                "--out", dir.toString())), "clip-mode applies only to a clipping threshold (clip=X), not clip=agc:lambda=0.1");
    }

    @Test
    void compare_onACsvSeries_usesEachLengthAsTheWindow_andScoresAgainstPersistence(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("compare", "--data", Cli.AIRLINE.toString(), "--variants", "tanh,lstm", "--lengths", "6,12",
                "--seeds", "1", "--steps", "20", "--hidden", "4", "--threads", "2", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 2 * 2, rows.size());
        assertTrue(rows.get(1).contains("relative_rmse"), rows.get(1));
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("persistence"), "the success criterion is stated");
        Cli.Run both = Cli.run("compare", "--data", Cli.AIRLINE.toString(), "--task", "adding", "--out", dir.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--task and --data exclude each other"), both.err());
        Cli.Run tooLong = Cli.run("compare", "--data", Cli.AIRLINE.toString(), "--lengths", "500", "--out", dir.toString());
        assertEquals(2, tooLong.exit());
        assertTrue(tooLong.err().contains("airline_passengers.csv") && tooLong.err().contains("window 500"), tooLong.err());
    }

    @Test
    void unknownVariant_isAOneLineErrorListingTheNamedOnes(@TempDir Path dir) {
        Cli.Run r = Cli.run("compare", "--variants", "tanh,nope", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("rnnlab: error: --variants: unknown variant 'nope'; named variants: tanh, tanh-clip1"),
                r.err());
    }

    @Test
    void seedsBelowOne_areAOneLineErrorNamingTheOption(@TempDir Path dir) {
        for (String command : new String[] {"compare", "sweep", "report"}) {
            Cli.Run r = Cli.run(command, "--seeds", "0", "--out", dir.toString());
            assertEquals(2, r.exit(), command + ": " + r.err());
            assertEquals("rnnlab: error: --seeds: must be >= 1, got 0", r.err().strip(), command);
        }
    }

    @Test
    void theDefaultStudyExplainsItsSeedCount() {
        Cli.Run help = Cli.run("report", "--help");
        assertTrue(help.out().contains("with 5 seeds"), help.out());
        assertTrue(ReportCommand.reason().contains("Each variant runs 5 seeds per length"), ReportCommand.reason());
        assertTrue(ReportCommand.reason().contains("with 3 seeds no outcome can be significant"), ReportCommand.reason());
    }

    @Test
    void malformedVariantSpec_namesTheSpecAndTheKeys(@TempDir Path dir) {
        Cli.Run r = Cli.run("compare", "--variants=", "--variant", "name=x,activation", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--variant 'name=x,activation': expected key=value pairs"), r.err());
        Cli.Run unknownKey = Cli.run("compare", "--variants=", "--variant", "name=x,colour=red", "--out", dir.toString());
        assertEquals(2, unknownKey.exit());
        assertTrue(unknownKey.err().contains("unknown key 'colour'"), unknownKey.err());
        Cli.Run badActivation = Cli.run("compare", "--variants=", "--variant", "name=x,activation=swish", "--out", dir.toString());
        assertTrue(badActivation.err().contains("unknown activation 'swish'; expected one of identity, sigmoid"),
                badActivation.err());
    }

    @Test
    void variantsFile_withBrokenJson_reportsLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("variants.json");
        Files.writeString(file, "[\n  {\"name\": \"a\",\n   \"clip\": }\n]\n");
        Cli.Run r = Cli.run("compare", "--variants-file", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("rnnlab: error: " + file + ":3:"), r.err());
        assertTrue(r.err().contains("not valid JSON"), r.err());
    }

    @Test
    void badThresholdAndLength_areRejectedWithTheOption(@TempDir Path dir) {
        Cli.Run tau = Cli.run("sweep", "--thresholds", "1,big", "--out", dir.toString());
        assertEquals(2, tau.exit());
        assertTrue(tau.err().contains("--thresholds: 'big' is not a number, 'none', 'auto', autoclip:p=P or agc:lambda=L"), tau.err());
        Cli.Run nan = Cli.run("sweep", "--thresholds", "NaN", "--out", dir.toString());
        assertTrue(nan.err().contains("'NaN' is not a number"), nan.err());
        Cli.Run length = Cli.run("compare", "--lengths", "10,0", "--out", dir.toString());
        assertEquals(2, length.exit());
        assertTrue(length.err().contains("--lengths: every length must be >= 1, got 0"), length.err());
        Cli.Run task = Cli.run("compare", "--task", "parity", "--out", dir.toString());
        assertEquals(2, task.exit());
        assertTrue(task.err().contains("unknown task 'parity'; expected one of adding, temporal_order, copy, sine"), task.err());
    }

    @Test
    void gradients_ofALayerNormVariant_namesItsNormAndPrintsTheGains() {
        Cli.Run r = Cli.run("gradients", "--variant", "gru-ln", "--task", "adding", "--length", "6", "--batch-size", "3",
                "--hidden", "5");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("task adding, T=6, batch 3; model gru with layer norm, hidden 5"), r.out());
        assertTrue(r.out().contains("norm_hh_l0.weight      [15]"), r.out());
    }

    @Test
    void gradients_printsEveryParameterWithItsShape_andTheNormOfEveryTimeStep() throws Exception {
        Cli.Run r = Cli.run("gradients", "--variant", "lstm", "--task", "adding", "--length", "6", "--batch-size", "3",
                "--hidden", "5", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(6, json.get("steps").asInt());
        assertEquals("[20,5]", json.get("gradients").get("weight_hh_l0").get("shape").toString());
        assertEquals(20, json.get("gradients").get("weight_hh_l0").get("values").size());
        assertEquals(6, json.get("layers").get(0).get("hidden_grad_norm_per_step").size());
        assertEquals(6, json.get("layers").get(0).get("cell_grad_norm_per_step").size());
        assertTrue(json.get("loss").asDouble() > 0);
    }

    @Test
    void gradients_onACsvSeries_usesTheWindowsTheModelWasTrainedOn(@TempDir Path dir) throws Exception {
        Cli.train(Cli.AIRLINE, dir, "--window", "6").expectSuccess();
        Cli.Run r = Cli.run("gradients", "--model", dir.toString(), "--data", Cli.AIRLINE.toString(), "--batch-size", "4",
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(6, json.get("steps").asInt());
        assertEquals(6, json.get("layers").get(0).get("hidden_grad_norm_per_step").size());
        Cli.Run noModel = Cli.run("gradients", "--variant", "tanh", "--data", Cli.AIRLINE.toString());
        assertEquals(2, noModel.exit());
        assertTrue(noModel.err().contains("--data needs --model"), noModel.err());
    }

    @Test
    void gradients_rejectsAModelThatDoesNotFitTheTask(@TempDir Path dir) {
        Cli.Run r = Cli.run("gradients", "--variant", "tanh", "--task", "temporal_order", "--length", "5");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("the temporal order problem needs sequences of >= 10 steps, got 5"), r.err());
    }

    @Test
    void generate_writesOneRowPerSequenceAndStep(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("adding.csv");
        Cli.Run r = Cli.run("generate", "--task", "adding", "--length", "7", "--count", "3", "--seed", "5", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(file);
        assertEquals("sequence,step,x1,x2,y1", lines.get(0));
        assertEquals(1 + 3 * 7, lines.size());
        assertTrue(lines.get(6).endsWith(","), "no target before the last step: " + lines.get(6));
        assertTrue(!lines.get(7).endsWith(","), "a target on the last step: " + lines.get(7));
        Cli.Run again = Cli.run("generate", "--task", "adding", "--length", "7", "--count", "3", "--seed", "5", "--out",
                dir.resolve("again.csv").toString());
        assertEquals(0, again.exit());
        assertEquals(Files.readString(file), Files.readString(dir.resolve("again.csv")), "same seed, same file");
    }
}
