/**
 * Throughput benchmarks of training iterations ({@link org.rnnlab.bench.TrainingBenchmark}) on the
 * reference workloads W1–W4 ({@link org.rnnlab.bench.Workload}).
 */
package org.rnnlab.bench;
