package org.rnnlab.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Exp} against {@code StrictMath} over its whole domain [−746, 0], to the bounds it documents. */
class ExpTest {

    @Test
    void exp_isWithinOneUlp_andExpm1WithinTwo_ofStrictMath_overTheWholeDomain() {
        SplittableRandom rng = new SplittableRandom(17);
        double worstExp = 0, worstExpm1 = 0;
        for (int i = 0; i < 400_000; i++) {
            double v = switch (i % 4) {
                case 0 -> -rng.nextDouble() * Exp.LIMIT;          // the whole domain, subnormal results included
                case 1 -> -rng.nextDouble() * 2;                  // where the gates' arguments mostly are
                case 2 -> -Math.scalb(rng.nextDouble(), -rng.nextInt(60)); // towards 0
                default -> -(i / 4) * (Exp.LIMIT / 100_000);     // a dense sweep
            };
            worstExp = Math.max(worstExp, ulps(StrictMath.exp(v), Exp.exp(v)));
            worstExpm1 = Math.max(worstExpm1, ulps(StrictMath.expm1(v), Exp.expm1(v)));
        }
        assertTrue(worstExp <= 1.0, "exp is " + worstExp + " ulps off");
        assertTrue(worstExpm1 <= 2.0, "expm1 is " + worstExpm1 + " ulps off");
    }

    @Test
    void endsOfTheDomain_andTheRangeReductionsBoundaries_areExact() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertEquals(0.0, Exp.expm1(0.0));
        assertEquals(Double.MIN_VALUE, Exp.exp(-744.44), 0.0, "the smallest subnormal");
        assertEquals(StrictMath.exp(-708.5), Exp.exp(-708.5), 0.0, "2^k below the smallest normal");
        assertEquals(0.0, Exp.exp(-Exp.LIMIT));
        assertEquals(-1.0, Exp.expm1(-Exp.LIMIT));
        for (int k = -1074; k <= 0; k++) {    // v = k·ln2: r ≈ 0, the result is 2^k itself
            double v = k * Math.log(2);
            if (v >= -Exp.LIMIT) {
                assertTrue(ulps(StrictMath.exp(v), Exp.exp(v)) <= 1.0, "exp(" + k + "·ln2)");
            }
        }
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
        assertTrue(Double.isNaN(Exp.expm1(Double.NaN)));
    }

    private static double ulps(double expected, double actual) {
        if (expected == actual) {
            return 0;
        }
        return Math.abs(expected - actual) / Math.ulp(expected);
    }
}
