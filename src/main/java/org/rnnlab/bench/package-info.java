/**
 * Throughput benchmarks of training iterations ({@link org.rnnlab.bench.TrainingBenchmark}) on the
 * reference workloads W1–W4 ({@link org.rnnlab.bench.Workload}), and the rate of the product kernel
 * alone at the shapes one iteration multiplies ({@link org.rnnlab.bench.GemmRate}).
 */
package org.rnnlab.bench;
