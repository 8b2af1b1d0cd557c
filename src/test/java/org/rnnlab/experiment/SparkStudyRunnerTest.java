package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rnnlab.data.CsvLoader;
import org.rnnlab.data.CsvOptions;
import org.rnnlab.data.PrepareOptions;
import org.rnnlab.data.PreparedData;
import org.rnnlab.data.WindowOptions;
import org.rnnlab.init.InitKind;
import org.rnnlab.optim.OptimizerConfig;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.task.AddingProblem;
import org.rnnlab.task.CsvSeriesTask;

/** The Spark runner in {@code local[2]}: one task per run, and the local runner's results to the last bit. */
class SparkStudyRunnerTest {

    private static SparkStudyRunner spark;

    @BeforeAll
    static void startSpark() {
        spark = new SparkStudyRunner("local[2]", false);
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void executorsInTheirOwnJvms_startWithTheDriversVectorApiOptions() {
        String options = spark.executorJavaOptions(); // after the options Spark itself adds
        assertEquals(org.rnnlab.tensor.VectorApi.present(),
                options.endsWith(String.join(" ", org.rnnlab.tensor.VectorApi.JVM_OPTIONS)), options);
    }

    @Test
    void aSmallGrid_givesTheLocalRunnersRecords_byteForByte_andHandsEachToOnDoneOnTheCallingThread() {
        Variant exploding = Variants.named("relu").orElseThrow().withName("relu-hot")
                .withRecurrentInit(InitKind.ORTHOGONAL.create(1.5)).withOptimizer(OptimizerConfig.of(OptimizerKind.SGD, 100.0));
        List<RunSpec> specs = new ArrayList<>(Grid.compare(List.of(Variants.named("tanh").orElseThrow(),
                Variants.named("tanh-clip1").orElseThrow(), exploding, Variants.named("gru").orElseThrow()), List.of(5, 12), 1,
                AddingProblem::new, RunnerTest.TINY));
        specs.add(new RunSpec(Variants.named("tanh").orElseThrow(), new AddingProblem(6), 0, RunnerTest.TINY,
                new AutoThreshold(5, 2.0)));

        List<RunResult> local = Runner.run(specs, 2, r -> { });
        Thread caller = Thread.currentThread();
        List<RunResult> heard = new ArrayList<>();
        List<RunResult> remote = spark.run(specs, r -> {
            assertEquals(caller, Thread.currentThread(), "onDone runs on the calling thread");
            heard.add(r);
        });

        assertEquals(specs.size(), remote.size());
        assertEquals(specs.size(), heard.size(), "every run reached onDone once");
        assertTrue(local.stream().anyMatch(RunResult::diverged), "the grid has a diverging run, which is a result");
        for (int i = 0; i < specs.size(); i++) {
            RunResult l = local.get(i), r = remote.get(i);
            assertEquals(specs.get(i), r.spec(), "results come back in spec order");
            assertTrue(heard.contains(r), r.spec().label());
            assertNotNull(r.provenance(), "the executor names itself");
            assertArrayEquals(bytes(withoutTime(l)), bytes(withoutTime(r)), "run " + specs.get(i).label());
        }
    }

    @Test
    void aCsvSeriesStudy_isRefused_withTheReason() {
        PreparedData prepared = PreparedData.prepare(CsvLoader.load(java.nio.file.Path.of("datasets",
                "airline_passengers.csv"), CsvOptions.defaults()), PrepareOptions.of(WindowOptions.of(6, 1)));
        RunSpec spec = new RunSpec(Variants.named("tanh").orElseThrow(), new CsvSeriesTask("airline", prepared), 0,
                RunnerTest.TINY, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spark.run(List.of(spec), r -> { }));
        assertEquals("a study of a CSV series runs on one machine only (its table is not shipped to executors); run "
                + spec.label() + " without Spark", e.getMessage());
    }

    @Test
    void longestFirst_ordersByDecreasingCost_keepingTies() {
        List<RunSpec> specs = Grid.compare(List.of(Variants.named("tanh").orElseThrow(), Variants.named("lstm").orElseThrow()),
                List.of(5, 12), 1, AddingProblem::new, RunnerTest.TINY);
        List<Integer> order = SparkStudyRunner.longestFirst(specs);
        for (int k = 1; k < order.size(); k++) {
            assertTrue(specs.get(order.get(k - 1)).cost() >= specs.get(order.get(k)).cost(), order.toString());
        }
        assertEquals(specs.size(), order.stream().distinct().count());
    }

    /** A record with its wall time set to 0, the one part that differs between two executions. */
    static RunResult withoutTime(RunResult r) {
        return new RunResult(r.spec(), r.status(), r.divergedStep(), r.cause(), r.threshold(), r.score(), r.success(),
                r.steps(), r.probes(), r.probeSteps(), r.initialHealth(), r.finalHealth(), 0.0, r.outcome(), r.testLoss(), r.states(),
                r.stepsToSuccess(), r.diagnostics(), r.provenance());
    }

    static byte[] bytes(Object o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream s = new ObjectOutputStream(out)) {
            s.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
