package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.clip.Clipping;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.diagnostics.Health;
import org.rnnlab.diagnostics.TimeGradients;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.optim.Schedule;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.task.CsvSeriesTask;
import org.rnnlab.task.RecordedTask;
import org.rnnlab.task.TaskKind;
import org.rnnlab.task.TaskScore;

class RecordJsonTest {

    static RunResult roundTrip(RunResult r) throws Exception {
        return RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsBytes(r), RunResult.class);
    }

    @Test
    void aTrainedRun_readBack_equalsTheOriginal_forEveryCellType() throws Exception {
        for (String name : List.of("tanh", "lstm", "gru")) {
            RunSpec spec = new RunSpec(Variants.named(name).orElseThrow(), new AddingProblem(5), 1, RunnerTest.TINY, null);
            RunResult r = RunExecutor.execute(spec);
            assertEquals(RunResult.Status.COMPLETED, r.status(), r.cause());
            RunResult back = roundTrip(r);
            assertEquals(r, back, name);
            assertEquals(r.probes().size(), back.probes().size());
            assertEquals(r.steps().loss().length, back.steps().loss().length);
        }
    }

    @Test
    void nonFiniteNumbers_surviveTheRoundTrip_bitForBit() throws Exception {
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, 0.1 + 0.2};
        StepSeries steps = new StepSeries(odd.clone(), odd.clone(), odd.clone(), new boolean[] {true, false, true, false, true, false});
        Health health = new Health(new double[] {Double.NaN}, new double[] {Double.POSITIVE_INFINITY}, new double[] {1.5},
                new double[] {Double.NEGATIVE_INFINITY});
        TimeGradients probe = new TimeGradients(new double[][] {odd.clone()}, null);
        RunSpec spec = new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(6), 0, RunnerTest.TINY,
                new AutoThreshold(3, 0.5));
        RunResult r = new RunResult(spec, RunResult.Status.DIVERGED, 4, "gradient norm inf", Double.POSITIVE_INFINITY,
                new TaskScore("mse", Double.NaN, false, Double.NEGATIVE_INFINITY, "within 0.04"), false, steps,
                List.of(probe, probe), List.of(0L, 4L), health, health, 0.25);
        String json = RecordJson.MAPPER.writeValueAsString(r);
        assertTrue(json.contains("\"Infinity\"") && json.contains("\"-Infinity\"") && json.contains("\"NaN\""), json);
        RunResult back = roundTrip(r);
        assertEquals(r, back);
        for (int i = 0; i < odd.length; i++) {
            assertEquals(Double.doubleToRawLongBits(odd[i]), Double.doubleToRawLongBits(back.steps().loss()[i]), "element " + i);
        }
    }

    @Test
    void equalRecords_differInAnyNumber_areNotEqual() throws Exception {
        RunResult r = RunExecutor.execute(new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(5), 0,
                RunnerTest.TINY, null));
        RunResult back = roundTrip(r);
        back.steps().loss()[3] = Math.nextUp(back.steps().loss()[3]);
        assertNotEquals(r, back, "content equality must see one ulp");
    }

    @Test
    void aRecordLackingAComponent_orHoldingAnUnknownOne_isRefused() throws Exception {
        RunResult r = RunExecutor.execute(new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(4), 0,
                RunnerTest.TINY, null));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RecordJson.MAPPER.valueToTree(r);
        var lacking = tree.deepCopy();
        lacking.remove("seconds");
        var extra = tree.deepCopy();
        extra.put("colour", "red");
        for (var bad : List.of(lacking, extra)) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                    () -> RecordJson.MAPPER.treeToValue(bad, RunResult.class));
            assertTrue(e.getMessage().contains("seconds") || e.getMessage().contains("colour"), e.getMessage());
        }
    }

    @Test
    void everyActivationInitialiserAndSchedule_readsBackEqual() throws Exception {
        Variant base = Variants.named("tanh").orElseThrow();
        for (ActivationKind a : ActivationKind.values()) {
            for (InitKind i : InitKind.values()) {
                Variant v = base.withName("v").withActivation(a.create()).withRecurrentInit(i.create()).withInputInit(i.create());
                assertEquals(v, RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsString(v), Variant.class),
                        a + " " + i);
            }
        }
        List<Schedule> schedules = List.of(new Schedule.Constant(0.1), new Schedule.StepDecay(0.1, 0.5, 10),
                new Schedule.Cosine(0.1, 0.001, 100), new Schedule.Warmup(5, new Schedule.Cosine(0.1, 0.0, 50)));
        for (Schedule s : schedules) {
            Variant v = base.withOptimizer(OptimizerConfig.of(OptimizerKind.ADAM, 0.1).withSchedule(s))
                    .withClipping(Clipping.globalNorm(2.5));
            assertEquals(v, RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsString(v), Variant.class), s.toString());
        }
    }

    @Test
    void everySyntheticTask_readsBackAsItself() throws Exception {
        for (TaskKind k : TaskKind.values()) {
            RunSpec spec = new RunSpec(Variants.named("lstm").orElseThrow(), k.create(24), 2, RunnerTest.TINY, null);
            assertEquals(spec, RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsString(spec), RunSpec.class), k.id());
        }
    }

    @Test
    void aCsvSeries_isRecordedByItsDescriptionAndTheHashOfItsWindows_andKeepsItsIdentity() throws Exception {
        var table = CsvLoader.load(Path.of("datasets", "airline_passengers.csv"), CsvOptions.defaults());
        CsvSeriesTask task = new CsvSeriesTask("airline", PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(6, 1))));
        RunSpec spec = new RunSpec(Variants.named("tanh").orElseThrow(), task, 0, RunnerTest.TINY, null);
        RunSpec back = RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsString(spec), RunSpec.class);
        RecordedTask recorded = assertInstanceOf(RecordedTask.class, back.task());
        assertEquals("airline", recorded.name());
        assertEquals(6, recorded.steps());
        assertEquals(task.successText(), recorded.successText());
        assertEquals(64, recorded.dataSha256().length());
        assertEquals(RunIdentity.of(spec, "1"), RunIdentity.of(back, "1"), "the record keeps the run's identity");
        CsvSeriesTask other = new CsvSeriesTask("airline", PreparedData.prepare(table, PrepareOptions.of(WindowOptions.of(6, 2))));
        assertNotEquals(recorded.dataSha256(), RecordedTask.of(other).dataSha256(), "other windows, another hash");
    }
}
