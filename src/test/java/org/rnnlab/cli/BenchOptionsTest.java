package org.rnnlab.cli;

import static org.rnnlab.cli.Cli.assertRejected;

import org.junit.jupiter.api.Test;

/** bench refuses a bad timing option by its name and value, before measuring anything. */
class BenchOptionsTest {

    @Test
    void eachBadTimingOption_isNamedWithTheValueGiven() {
        assertRejected(Cli.run("bench", "--workload", "S1", "--seconds", "0"), "--seconds must be > 0, got 0.0");
        assertRejected(Cli.run("bench", "--workload", "S1", "--warmup", "-1"), "--warmup must be >= 0, got -1.0");
        assertRejected(Cli.run("bench", "--workload", "S1", "--gemm-seconds", "-2"), "--gemm-seconds must be >= 0, got -2.0");
        assertRejected(Cli.run("bench", "--workload", "S1", "--threads", "0"), "--threads must be >= 1, got 0");
    }
}
