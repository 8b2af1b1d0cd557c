package org.rnnlab.activation;

/**
 * {@code e^v} and {@code e^v − 1} for {@code −746 ≤ v ≤ 0}, from additions, multiplications, fused
 * multiply-adds and integer operations on the exponent bits only: exact IEEE operations, so the
 * scalar forms here and the lanes of {@link VectorGates}, which perform the same operations in the
 * same order, give the same bits for the same input, on any x86-64 CPU, before and after the JIT
 * compiles them, whatever the vector length.
 *
 * <pre>
 *   v = k·ln2 + r,   k = round(v·log₂e),  |r| ≤ ln2/2,   r = (v − k·LN2_HI) − k·LN2_LO
 *   e^r − 1 = q(r) = r·(1 + r/2! + … + r¹²/13!)
 *   e^v     = 2^k·q(r) + 2^k,    e^v − 1 = 2^k·q(r) + (2^k − 1)
 * </pre>
 *
 * The series after its first term runs in Estrin's scheme (Knuth, TAOCP vol. 2, 4.6.4): pairs
 * {@code C_i + C_{i+1}·r}, then pairs of those with r², r⁴ and r⁸, and last {@code 1 + r·(…)}: five
 * fused multiply-adds deep instead of Horner's twelve, so that the vector form is not held up by
 * one long chain of latencies (16 operations against 13). The last step rounds at 1 as Horner's
 * did, so the bound stays 1 ulp; Estrin all the way down measured 2. With the single-exponent 2^k
 * below (the split into two halves needed a 64-bit arithmetic shift, which AVX2 lacks), the array
 * forms of {@link Gates} on a first-generation Zen EPYC (AVX2, JDK 17; 4096 elements drawn from
 * N(0, 9), three rounds) went from 6.3–7.1 to 5.5–5.9 ns per σ and from 8.6–10.0 to 7.2–7.7 ns per
 * tanh, and training (interleaved, 4 timed seconds) S1 41.2 → 43.2 it/s, S2 174 → 190, S3 54.7 → 57.1.
 * k is rounded by adding 1.5·2⁵², which leaves it in the low bits of the sum; 2^k is built as
 * 2^(k+600) from exponent bits times 2^−600: both factors are normal for every k that occurs
 * (−1076 … 0), so the product is 2^k rounded once, down to the smallest subnormal.
 * The series' truncation error is below 4e-18 relative for |r| ≤ ln2/2; the error of e^v is within
 * 1 ulp, of e^v − 1 within 2 ({@code ExpTest} measures both against {@code StrictMath}).
 */
final class Exp {

    /** e^-746 rounds to 0; the callers clamp their argument at {@code −LIMIT}. */
    static final double LIMIT = 746.0;
    static final double LOG2E = 1.4426950408889634;
    /** 1.5·2^52: adding it rounds to an integer, which then sits in the low bits of the sum. */
    static final double SHIFT = 0x1.8p52;
    /** 1023 + 600: the exponent bias of 2^(k+600) in {@link #twoToK}. */
    static final long EXPONENT_BIAS = 1623L;
    /** 2^−600, the factor that brings 2^(k+600) back to 2^k. */
    static final double TWO_TO_MINUS_OFFSET = 0x1p-600;
    /** ln 2 split so that k·LN2_HI is exact for the k that occur (fdlibm's constants). */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1/i! for i = 1 … 13, the coefficients of q(r)/r. */
    static final double C1 = 1.0, C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720,
            C7 = 1.0 / 5040, C8 = 1.0 / 40320, C9 = 1.0 / 362880, C10 = 1.0 / 3628800, C11 = 1.0 / 39916800,
            C12 = 1.0 / 479001600, C13 = 1.0 / 6227020800.0;

    private Exp() {
    }

    /** e^v for {@code −746 ≤ v ≤ 0} (NaN stays NaN). */
    static double exp(double v) {
        double shifted = v * LOG2E + SHIFT;
        double twoToK = twoToK(shifted);
        return Math.fma(q(v, shifted), twoToK, twoToK);
    }

    /** e^v − 1 for {@code −746 ≤ v ≤ 0}, without the cancellation of {@code exp(v) − 1}. */
    static double expm1(double v) {
        double shifted = v * LOG2E + SHIFT;
        double twoToK = twoToK(shifted);
        return Math.fma(q(v, shifted), twoToK, twoToK - 1.0);
    }

    /** e^r − 1 for the reduced argument r = v − k·ln2; {@code shifted} holds k in its low bits. */
    private static double q(double v, double shifted) {
        double k = shifted - SHIFT;
        double r = v - k * LN2_HI - k * LN2_LO;
        double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
        double a0 = Math.fma(r, C3, C2), a1 = Math.fma(r, C5, C4), a2 = Math.fma(r, C7, C6);
        double a3 = Math.fma(r, C9, C8), a4 = Math.fma(r, C11, C10), a5 = Math.fma(r, C13, C12);
        double b0 = Math.fma(a1, r2, a0), b1 = Math.fma(a3, r2, a2), b2 = Math.fma(a5, r2, a4);
        double tail = Math.fma(b2, r8, Math.fma(b1, r4, b0)); // 1/2! + r/3! + … + r¹¹/13!
        return Math.fma(tail, r, C1) * r;
    }

    /**
     * 2^k as 2^(k+600)·2^−600, k read from the low bits of {@code shifted = v·log₂e + 1.5·2^52}:
     * their bits are those of 1.5·2^52 plus k, and 2^(k+600) has the bits {@code (k + 600 + 1023) << 52};
     * the bits of 1.5·2^52 end in 52 zeros, so shifting the sum left by 52 drops them.
     */
    private static double twoToK(double shifted) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(shifted) + EXPONENT_BIAS) << 52) * TWO_TO_MINUS_OFFSET;
    }
}
