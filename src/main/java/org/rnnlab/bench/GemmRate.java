package org.rnnlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.cell.ProductPlan;
import org.rnnlab.tensor.Block;
import org.rnnlab.tensor.MatMul;

/**
 * The rate of a product kernel at the shapes one training iteration of a workload multiplies,
 * measured alone: per step {@code z_t += W_hh·h_{t-1}} and {@code dhNext = W_hhᵀ·dz_t} (on the
 * transposed copy the cells keep), and {@code W_ih·X}, {@code dZ·Xᵀ} and {@code dZ·H_prevᵀ} per
 * step or per window as the cells multiply them on the kernel measured ({@link ProductPlan}). The
 * rate is the products' floating-point operations over their thread CPU time, each product timed
 * in rounds and its median taken, so it is comparable with the OpenBLAS rate of other programs and
 * robust to a second process on the machine.
 */
public final class GemmRate {

    /** One product of an iteration: op(A)·op(B) + β·C with C m×n, inner size k, done {@code count} times. */
    public record Product(String name, boolean transA, boolean transB, int m, int n, int k, double beta, int count) {

        public double flops() {
            return 2.0 * m * n * k * count;
        }
    }

    /** The measured rate of one product and of all of them. */
    public record Result(List<Product> products, double[] seconds, double gflops) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GemmRate() {
    }

    /**
     * The products of one training iteration of {@code w} on {@code mm} (the head's tiny products
     * left out), step by step or per window as the cells run them on that kernel ({@link ProductPlan}).
     */
    public static List<Product> products(Workload w, MatMul mm) {
        int g = w.cell().gates(), gh = g * w.hidden(), h = w.hidden(), d = w.input(), b = w.batch(), t = w.steps();
        double stepBeta = w.cell() == org.rnnlab.cell.CellType.GRU ? 0.0 : 1.0;
        boolean inputsStepwise = ProductPlan.inputsStepwise(mm, g, h, d, b);
        boolean gradientsStepwise = ProductPlan.weightGradientsStepwise(mm, g, h, b);
        List<Product> out = new ArrayList<>();
        out.add(new Product("step W_hh·h", false, false, gh, b, h, stepBeta, t));
        out.add(new Product("step W_hhT·dz", false, false, h, b, gh, stepBeta == 0.0 ? 1.0 : 0.0, t));
        out.add(inputsStepwise ? new Product("step W_ih·x", false, false, gh, b, d, 0.0, t)
                : new Product("window W_ih·X", false, false, gh, t * b, d, 0.0, 1));
        out.add(inputsStepwise && gradientsStepwise ? new Product("step dz·xT", false, true, gh, d, b, 1.0, t)
                : new Product("window dZ·Xt", false, true, gh, d, t * b, 1.0, 1));
        out.add(gradientsStepwise ? new Product("step dz·hT", false, true, gh, h, b, 1.0, t)
                : new Product("window dZ·Ht", false, true, gh, h, t * b, 1.0, 1));
        return out;
    }

    /**
     * Times every product of {@link #products} on {@code mm} for about {@code seconds} in all,
     * after a warm-up, and returns the rate over one iteration's worth of them.
     */
    public static Result measure(Workload w, MatMul mm, double seconds) {
        List<Product> products = products(w, mm);
        double total = products.stream().mapToDouble(Product::flops).sum();
        double[] perCall = new double[products.size()];
        Random rng = new Random(7);
        for (int p = 0; p < products.size(); p++) {
            Product pr = products.get(p);
            Block a = random(pr.transA ? pr.k : pr.m, pr.transA ? pr.m : pr.k, rng);
            Block b = random(pr.transB ? pr.n : pr.k, pr.transB ? pr.k : pr.n, rng);
            Block c = random(pr.m, pr.n, rng);
            double budget = seconds * pr.flops() / total;    // the product's share of the time
            perCall[p] = medianCpuSeconds(mm, pr, a, b, c, budget);
        }
        double time = 0.0;
        double[] perIteration = new double[products.size()];
        for (int p = 0; p < products.size(); p++) {
            perIteration[p] = perCall[p] * products.get(p).count();
            time += perIteration[p];
        }
        return new Result(products, perIteration, total / time / 1e9);
    }

    private static double medianCpuSeconds(MatMul mm, Product pr, Block a, Block b, Block c, double budget) {
        for (int i = 0; i < 3; i++) {
            mm.gemm(pr.transA, a, pr.transB, b, pr.beta, c);
        }
        long start = THREADS.getCurrentThreadCpuTime();
        mm.gemm(pr.transA, a, pr.transB, b, pr.beta, c);
        double one = Math.max(THREADS.getCurrentThreadCpuTime() - start, 1) / 1e9;
        int rounds = 7;
        long reps = Math.max(1, (long) (budget / rounds / one));
        double[] perCall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (long i = 0; i < reps; i++) {
                mm.gemm(pr.transA, a, pr.transB, b, pr.beta, c);
            }
            perCall[r] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e9 / reps;
        }
        Arrays.sort(perCall);
        return perCall[rounds / 2];
    }

    private static Block random(int rows, int cols, Random rng) {
        R064Store s = R064Store.FACTORY.make(rows, cols);
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = rng.nextGaussian() * 0.1;
        }
        return Block.of(s);
    }
}
