/**
 * Parameters, matrix blocks and the one interface through which every matrix product runs.
 *
 * <h2>Layout</h2>
 * All matrices are ojalgo {@link org.ojalgo.matrix.store.R064Store}s: dense, double precision,
 * column-major, element {@code (i, j)} at {@code data[i + j * rows]}. The layout is
 * <b>features &times; batch</b>: one column per sequence of the batch, one row per feature, input
 * unit or hidden unit. Weights keep PyTorch's shapes ({@code weight_ih_l0} is {@code G·H × D}), so
 * a layer computes {@code Z = W · X} and each sequence's {@code G·H} pre-activations are one
 * contiguous column.
 *
 * <p>A window of {@code T} steps for a batch of {@code B} sequences is one store of
 * {@code F × (T·B)} columns: time step {@code t} is the column block {@code [t·B, (t+1)·B)}, a
 * contiguous slice of the array. A {@link org.rnnlab.tensor.Block} names such a slice without
 * copying it. Stacking time this way lets a layer compute its input projection for every step with
 * one product, its weight gradients with one product over all steps ({@code dW = dZ · Xᵀ}), and
 * keeps the per-step work to one recurrent product and element-wise loops over contiguous memory.
 *
 * <p>The measurements behind the choice (feature-major was 8–10% ahead of batch-major with ojalgo
 * at LSTM shapes) are in the project's ojalgo notes.
 *
 * <h2>Products</h2>
 * {@link org.rnnlab.tensor.MatMul} is the only place where matrix products happen, with the
 * BLAS {@code dgemm} contract {@code C = op(A)·op(B) + β·C} on blocks. Implementations can be
 * swapped without touching the cells ({@link org.rnnlab.tensor.Kernels} chooses):
 * <ul>
 * <li>{@link org.rnnlab.tensor.OpenBlasMatMul}, the default: single-threaded OpenBLAS, bundled in a
 * Maven jar for linux-x86_64, called on the blocks' arrays without copies; 35–50 GFLOP/s on one core
 * at the workloads' shapes;</li>
 * <li>{@link org.rnnlab.tensor.OjAlgoMatMul}, the fallback when the native library cannot load
 * (chosen with a one-line notice); 3–6 GFLOP/s;</li>
 * <li>{@link org.rnnlab.tensor.JavaMatMul}, plain loops, for tests and comparison.</li>
 * </ul>
 * The system property {@code rnnlab.kernel}, or {@link org.rnnlab.tensor.Kernels#use} (the command
 * line's {@code --reproducible}), picks one by name; {@link org.rnnlab.tensor.Kernels#inEffect} names
 * the one in effect and {@link org.rnnlab.tensor.OpenBlasBuild} what the loaded OpenBLAS says about
 * itself (version, and the core type it chose for this CPU), for the provenance of every record.
 * OpenBLAS's kernels differ per core type in the order they sum, so its last bits depend on the
 * CPU; {@link org.rnnlab.tensor.JavaMatMul} does not ({@link org.rnnlab.tensor.Kernels#REPRODUCIBLE}).
 * The measurements behind the choice
 * (netlib's JNI shim against JavaCPP's own bindings, the system's OpenBLAS, netlib's Java and
 * Vector API kernels) are in {@link org.rnnlab.tensor.OpenBlasMatMul}.
 */
package org.rnnlab.tensor;
