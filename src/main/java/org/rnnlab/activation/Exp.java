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
 *   e^r − 1 = q(r) = r·(1 + r/2! + … + r¹²/13!)         (Horner, fused multiply-adds)
 *   e^v     = 2^k·q(r) + 2^k,    e^v − 1 = 2^k·q(r) + (2^k − 1)
 * </pre>
 *
 * k is rounded by adding 1.5·2⁵², which leaves it in the low bits of the sum; 2^k is built as two
 * factors 2^(k/2) from exponent bits, so that results down to the smallest subnormal round once.
 * The series' truncation error is below 4e-18 relative for |r| ≤ ln2/2; the error of e^v is within
 * 1 ulp (the tests measure it against {@code StrictMath}).
 */
final class Exp {

    /** e^-746 rounds to 0; the callers clamp their argument at {@code −LIMIT}. */
    static final double LIMIT = 746.0;
    static final double LOG2E = 1.4426950408889634;
    /** 1.5·2^52: adding it rounds to an integer, which then sits in the low bits of the sum. */
    static final double SHIFT = 0x1.8p52;
    static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
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
        double p = Math.fma(C13, r, C12);
        p = Math.fma(p, r, C11);
        p = Math.fma(p, r, C10);
        p = Math.fma(p, r, C9);
        p = Math.fma(p, r, C8);
        p = Math.fma(p, r, C7);
        p = Math.fma(p, r, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        p = Math.fma(p, r, C1);
        return p * r;
    }

    /** 2^k as 2^(k>>1)·2^(k−(k>>1)), k read from the low bits of {@code shifted = v·log₂e + 1.5·2^52}. */
    private static double twoToK(double shifted) {
        long k = Double.doubleToRawLongBits(shifted) - SHIFT_BITS;
        long k1 = k >> 1;
        return powerOfTwo(k1) * powerOfTwo(k - k1);
    }

    /** 2^k for integer k in [−1022, 1023], from its exponent bits. */
    private static double powerOfTwo(long k) {
        return Double.longBitsToDouble((k + 1023L) << 52);
    }
}
