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
 * at the workloads' shapes; except small products, which it hands to
 * {@link org.rnnlab.tensor.VectorGemm} (below);</li>
 * <li>{@link org.rnnlab.tensor.OjAlgoMatMul}, the fallback when the native library cannot load
 * (chosen with a one-line notice); 3–6 GFLOP/s;</li>
 * <li>{@link org.rnnlab.tensor.JavaMatMul}, plain loops, for tests and comparison.</li>
 * </ul>
 *
 * <h2>Small products: the Vector API kernel, chosen per shape</h2>
 * {@link org.rnnlab.tensor.VectorGemm} ({@code C = A·op(B) + β·C}, 4 × 4 tiles of vectors held in
 * registers, one fused multiply-add per inner index in ascending order, so the same bits on any
 * vector length) against the bundled OpenBLAS 0.3.31, best of 5 interleaved rounds each, one core
 * of the 2-core AMD EPYC (AVX-512, JDK 17; another process sharing the machine), µs per product
 * (GFLOP/s):
 *
 * <table>
 * <caption>C m×n, inner size k; NN = A·B, NT = A·Bᵀ</caption>
 * <tr><th>product</th><th>m × n × k</th><th>OpenBLAS</th><th>Vector API</th><th>ratio</th></tr>
 * <tr><td>LSTM H=32 step, W_hh·h</td><td>NN 128 × 32 × 32</td><td>8.7 (30)</td><td>5.1 (51)</td><td>1.7</td></tr>
 * <tr><td>LSTM H=32 step, W_hhᵀ·dz</td><td>NN 32 × 32 × 128</td><td>7.2 (37)</td><td>2.8 (95)</td><td>2.6</td></tr>
 * <tr><td>RNN H=32 step</td><td>NN 32 × 32 × 32</td><td>2.1 (32)</td><td>0.80 (82)</td><td>2.6</td></tr>
 * <tr><td>GRU H=32 step</td><td>NN 96 × 32 × 32</td><td>4.9 (40)</td><td>2.4 (84)</td><td>2.1</td></tr>
 * <tr><td>LSTM H=64 step</td><td>NN 256 × 32 × 64</td><td>23 (46)</td><td>13 (78)</td><td>1.7</td></tr>
 * <tr><td>W1 step (H=128)</td><td>NN 512 × 32 × 128</td><td>95 (44)</td><td>66 (64)</td><td>1.4</td></tr>
 * <tr><td>W3 step (B=1)</td><td>NN 128 × 1 × 32</td><td>2.0 (4)</td><td>0.34 (24)</td><td>5.8</td></tr>
 * <tr><td>dW_hh per step, H=32</td><td>NT 128 × 32 × 32</td><td>6.5 (40)</td><td>3.4 (78)</td><td>1.9</td></tr>
 * <tr><td>dW_hh per window, H=32</td><td>NT 128 × 32 × 6400</td><td>2765 (19)</td><td>1200 (44)</td><td>2.3</td></tr>
 * <tr><td>input projection, D=2</td><td>NN 128 × 6400 × 2</td><td>324 (10)</td><td>222 (15)</td><td>1.5</td></tr>
 * <tr><td>W4 step (H=512)</td><td>NN 2048 × 64 × 512</td><td>3261 (41)</td><td>2901 (46)</td><td>1.1</td></tr>
 * <tr><td>W1 dW_hh per window</td><td>NT 512 × 128 × 3200</td><td>9825 (43)</td><td>14575 (29)</td><td>0.67</td></tr>
 * <tr><td>W4 dW_hh per window</td><td>NT 2048 × 512 × 3200</td><td>153048 (44)</td><td>777144 (9)</td><td>0.20</td></tr>
 * </table>
 *
 * Hence the rule in {@link org.rnnlab.tensor.OpenBlasMatMul}: A not transposed, rows in whole
 * vectors, C at most 512 rows and at most 64 columns (or any columns when k ≤ 16) on the Vector API;
 * larger C, where OpenBLAS's cache blocking pays, native. Where that kernel runs
 * ({@link org.rnnlab.tensor.MatMul#smallProductsFast}) and B ≥ 16, the cells accumulate dW_hh per
 * step ({@code NT G·H × H × B}, while dz_t is in cache) instead of one window product: at H = 32,
 * 200 × 3.4 µs against 1.2–2.8 ms. Without the {@code jdk.incubator.vector} module every product
 * runs on OpenBLAS.
 *
 * <p><b>AVX2: columns in pairs.</b> The 4 × 4 tile needs 21 vector registers (16 accumulators,
 * 4 columns of A, a broadcast); AVX2 has 16, and on a first-generation Zen EPYC (AVX2, 4 lanes)
 * the JIT spilled them on every inner step: 48 % of S1's Java samples were in that tile. With fewer
 * than 8 lanes the kernel now runs columns in pairs (13 registers), the same sums in the same order
 * (same bits, checked on a CO₂ training's metrics and model), and S1–S3 went from 31.6, 122, 41.6
 * and 30.7, 128, 41.3 it/s to 34.1, 143, 46.0 and 33.1, 145, 46.1 (two interleaved pairs, that
 * machine, JDK 17): +8 %, +14 %, +11 %.
 *
 * <p><b>AVX2: six columns of two vectors.</b> The pair tile feeds eight fused multiply-adds from
 * four loads of A and two broadcasts; a 2 × 6 tile (12 accumulators, 2 columns of A, a broadcast:
 * 15 registers) feeds twelve from two loads and six broadcasts. Alone at S1's shapes on the same
 * Zen EPYC (128 × 32 × 32, 32 × 32 × 128 and 128 × 32 × 32 with Bᵀ) it ran 14.5–15.7 GFLOP/s
 * against 11.4–15.0 (four rounds); in training (old, new, interleaved, three pairs, 4 timed
 * seconds, load average 1.0–1.2) S1 36.8–38.1 → 40.3–43.3 it/s (+9–13 %), S2 170–178 → 177–182
 * (+1–4 %), S3 52.0–53.1 → 54.8–56.2 (+3–6 %), W1 6.7–7.0 → 7.9–8.6 (+16–23 %), W2 31.1–33.6 →
 * 36.4–38.3 (+14–20 %), W3 3719–3811 → 3853–3939 (+3 %); one of the three old runs, disturbed by
 * another process, is left out. The columns left over (n mod 6) take the pair tile; the same bits
 * ({@code VectorGemmTest} checks every tile and remainder against one fused multiply-add chain per
 * element). AVX-512 keeps the 4 × 4 tile.
 *
 * <p><b>The bias in the product.</b> {@code MatMul.gemmPlusColumn} (a step's {@code W_hh·h + b}) adds
 * the column in the tiles' last step on this kernel rather than in a second pass over C; products
 * without a column add −0.0, an exact identity, because a branch that merges vector values makes
 * the JDK 17 JIT box them (on the heap, on every call: {@code AllocationTest} failed that way).
 * S1 on the Zen EPYC, four interleaved pairs: 42.3–45.4 against 41.0–44.4 it/s (about +4 %), S2
 * and S3 +1–2 %. Fusing the input product as well (one {@code [W_ih W_hh]·[x_t; h]} product) was
 * timed alone at S1's shapes: 23.7 against 25.6 µs per step, about 2 % of a step, and left out.
 *
 * <p><b>B ≥ 16, re-measured</b> on the 2-core Intel Xeon (AVX-512, JDK 17; load average 1.3–1.9,
 * partly another process), D = 2, H = 32, T = 200, iterations per CPU second, two interleaved runs
 * each, step by step against one window product (dW_hh, dW_ih and the bias sums):
 *
 * <table>
 * <caption>dW_hh step by step (first) or per window (second), it/s</caption>
 * <tr><th>B</th><th>4</th><th>8</th><th>16</th><th>32</th></tr>
 * <tr><td>LSTM</td><td>949, 983 / 1135, 1085</td><td>511, 528 / 493, 517</td><td>284, 282 / 178, 185</td><td>124, 126 / 79, 77</td></tr>
 * <tr><td>tanh RNN</td><td>4222, 4100 / 4361, 4359</td><td>2284, 2386 / 2290, 2325</td><td>1136, 1141 / 1200, 1128</td><td>571, 580 / 452, 467</td></tr>
 * </table>
 *
 * so the window product wins below 8 (by 4–15%), the two tie at 8 and at 16 for the RNN, and step
 * by step wins from 16 for the LSTM (1.5–1.6×) and at 32 for both (1.25–1.6×): the threshold stays
 * at 16.
 *
 * <p><b>Fused products.</b> {@link org.rnnlab.tensor.MatMul#gemmPlusColumn} is a product followed by
 * a vector added to every column (a step's {@code W_hh h_{t-1}} and its biases); on the Vector API
 * kernel the addition runs as a vector loop while C is in cache, with the same bits as the scalar
 * loop. An attempt to fuse the addition, and a zero start for β = 0, into the register tiles
 * themselves made the 32 × 32 × 32 product 10–25% slower (1.47–1.67 µs against 1.30–1.34): the
 * extra arguments of the tile methods cost registers in their inner loop. It was not kept.
 *
 * <p><b>Where S1 (LSTM D=2 H=32 B=32 T=200) spends its time</b>, async-profiler 3.0 (CPU samples every
 * 0.2–0.5 ms, share of the samples inside one training iteration) on the Intel Xeon: before these
 * changes (main at 4fa5fd5), products 46% (the step's W_hh·h 11, W_hhᵀ·dz 10, dW_hh per step 13, the
 * window's input projection 7 and dW_ih 6, zeroing C for β = 0 3), gates 18% (σ 8, tanh 10), the
 * LSTM's element-wise loops 24% (backward 19, forward 5; the JIT had not vectorised them), bias adds
 * 4%, bias row sums 3%, zeroing the output gradient 1%, the norms of dh and dc 1%; the head, loss,
 * clipping, optimizer step and per-iteration overhead together under 1%. After: products about 47%,
 * gates 23%, element-wise loops (now on the Vector API, {@code cell.VectorStepLoops}) about 18%,
 * bias adds and sums under 8%. S2 (tanh RNN) before: products 47%, tanh 24%, element-wise 10%,
 * bias adds 5%, row sums 5%, zeroing 3%, norms 3%. Sampling puts some of a product's time on the
 * loop that follows it (the bias row sums after dW_hh: 6–9% of the samples, but 0.15 ns an element,
 * under 2% of an iteration, when timed alone), so the loops' shares are upper bounds.
 *
 * <p>The system property {@code rnnlab.kernel}, or {@link org.rnnlab.tensor.Kernels#use} (the command
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
