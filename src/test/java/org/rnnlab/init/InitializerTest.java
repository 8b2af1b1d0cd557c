package org.rnnlab.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.init.Initializer.Fans;
import org.rnnlab.name.Named;

/**
 * Every initialiser: seeded determinism, the mean and standard deviation of a large block, the
 * bounds of the uniform ones, and the messages for bad parameters.
 */
class InitializerTest {

    /** A tall block whose three fans all differ, so using the wrong one changes the scale. */
    private static final int ROWS = 400, COLS = 200, HIDDEN = 100;
    private static final Fans FANS = new Fans(COLS, ROWS, HIDDEN);

    private static double[] draw(Initializer init, int rows, int cols, Fans fans, long seed) {
        R064Store s = R064Store.FACTORY.make(rows, cols);
        init.fill(s, fans, new Random(seed));
        return s.data;
    }

    /** The standard deviation the initialiser promises for {@link #FANS}. */
    private static double expectedStd(Initializer init) {
        double in = COLS, out = ROWS, h = HIDDEN;
        return switch (init.kind()) {
            case NORMAL -> init.parameter();
            case UNIFORM -> init.parameter() / Math.sqrt(3);
            case XAVIER_UNIFORM, XAVIER_NORMAL -> init.parameter() * Math.sqrt(2.0 / (in + out));
            case HE_UNIFORM, HE_NORMAL -> Math.sqrt(2.0 / in);
            case ORTHOGONAL -> init.parameter() / Math.sqrt(out); // orthonormal columns of length 400
            case PYTORCH -> 1.0 / Math.sqrt(h) / Math.sqrt(3);
            case IDENTITY -> throw new AssertionError("not random");
        };
    }

    /** The bound a uniform initialiser promises for {@link #FANS}, or NaN. */
    private static double bound(Initializer init) {
        return switch (init.kind()) {
            case UNIFORM -> init.parameter();
            case XAVIER_UNIFORM -> init.parameter() * Math.sqrt(6.0 / (COLS + ROWS));
            case HE_UNIFORM -> Math.sqrt(6.0 / COLS);
            case PYTORCH -> 1.0 / Math.sqrt(HIDDEN);
            default -> Double.NaN;
        };
    }

    /** Each kind with a non-default parameter where it has one, so the parameter is really used. */
    private static Initializer nonDefault(InitKind kind) {
        return kind.hasParameter() ? kind.create(0.7) : kind.create();
    }

    @ParameterizedTest
    @EnumSource(InitKind.class)
    void fill_isBitIdenticalForTheSameSeed_andDiffersForAnother(InitKind kind) {
        Initializer init = nonDefault(kind);
        double[] a = draw(init, 7, 5, new Fans(5, 7, 6), 42);
        double[] b = draw(init, 7, 5, new Fans(5, 7, 6), 42);
        assertArrayEquals(a, b, 0.0);
        assertTrue(Arrays.equals(a, b), "not bit-identical");
        double[] c = draw(init, 7, 5, new Fans(5, 7, 6), 43);
        if (kind == InitKind.IDENTITY) {
            assertArrayEquals(a, c, 0.0, "identity draws nothing, so the seed does not matter");
        } else {
            assertFalse(Arrays.equals(a, c), kind + " gave the same values for seeds 42 and 43");
        }
    }

    @ParameterizedTest
    @EnumSource(value = InitKind.class, names = "IDENTITY", mode = EnumSource.Mode.EXCLUDE)
    void fill_hasMeanZeroAndTheExpectedStandardDeviation_onALargeBlock(InitKind kind) {
        Initializer init = nonDefault(kind);
        double[] w = draw(init, ROWS, COLS, FANS, 7);
        double sum = 0.0, squares = 0.0;
        for (double v : w) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / w.length;
        double std = Math.sqrt(squares / w.length - mean * mean);
        double expected = expectedStd(init);
        assertEquals(0.0, mean, 5 * expected / Math.sqrt(w.length), kind + " mean");
        assertEquals(expected, std, 0.02 * expected, kind + " standard deviation");
    }

    @ParameterizedTest
    @EnumSource(value = InitKind.class, names = {"UNIFORM", "XAVIER_UNIFORM", "HE_UNIFORM", "PYTORCH"})
    void uniformKinds_stayWithinTheirBound_andNearlyReachIt(InitKind kind) {
        Initializer init = nonDefault(kind);
        double limit = bound(init);
        double max = 0.0;
        for (double v : draw(init, ROWS, COLS, FANS, 8)) {
            assertTrue(Math.abs(v) <= limit, kind + ": " + v + " is outside ±" + limit);
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.999 * limit, kind + ": largest |w| " + max + " is well inside ±" + limit);
    }

    @Test
    void scaledIdentity_isExact_forSquareWideAndTallBlocks_andDrawsNothing() {
        Random rng = new Random(1);
        R064Store square = R064Store.FACTORY.make(3, 3);
        Arrays.fill(square.data, 5.0); // overwritten, not added to
        new ScaledIdentity(0.5).fill(square, new Fans(3, 3, 3), rng);
        assertArrayEquals(new double[] {0.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5}, square.data, 0.0);

        R064Store wide = R064Store.FACTORY.make(2, 3);
        new ScaledIdentity(1.0).fill(wide, new Fans(3, 2, 2), rng);
        assertArrayEquals(new double[] {1, 0, 0, 1, 0, 0}, wide.data, 0.0); // column-major

        R064Store tall = R064Store.FACTORY.make(3, 2);
        new ScaledIdentity(2.0).fill(tall, new Fans(2, 3, 3), rng);
        assertArrayEquals(new double[] {2, 0, 0, 0, 2, 0}, tall.data, 0.0);

        assertEquals(new Random(1).nextLong(), rng.nextLong(), "identity consumed random numbers");
    }

    @Test
    void kinds_rejectNonPositiveOrNonFiniteParameters_namingThem() {
        assertMessage("normal std must be > 0, got 0.0", () -> new NormalInit(0.0));
        assertMessage("uniform limit must be > 0, got -1.0", () -> new UniformInit(-1.0));
        assertMessage("xavier gain must be > 0, got NaN", () -> new XavierUniform(Double.NaN));
        assertMessage("xavier gain must be > 0, got -2.0", () -> new XavierNormal(-2.0));
        assertMessage("orthogonal gain must be > 0, got Infinity", () -> new Orthogonal(Double.POSITIVE_INFINITY));
        assertMessage("identity scale must be > 0, got 0.0", () -> InitKind.IDENTITY.create(0.0));
    }

    @Test
    void create_withAParameter_isRejectedForKindsThatTakeNone() {
        assertMessage("he_normal takes no parameter, got 1.0", () -> InitKind.HE_NORMAL.create(1.0));
        assertMessage("he_uniform takes no parameter, got 2.0", () -> InitKind.HE_UNIFORM.create(2.0));
        assertMessage("pytorch takes no parameter, got 0.1", () -> InitKind.PYTORCH.create(0.1));
    }

    @Test
    void fans_andTargetShape_areChecked() {
        assertMessage("fans must be >= 1, got in=0, out=3, hidden=3", () -> new Fans(0, 3, 3));
        R064Store target = R064Store.FACTORY.make(3, 2);
        assertMessage("initialiser target is 3x2, fans say 2x3",
                () -> new NormalInit(1.0).fill(target, new Fans(3, 2, 2), new Random(1)));
        assertMessage("initialiser target is 3x2, fans say 2x3",
                () -> new Orthogonal(1.0).fill(target, new Fans(3, 2, 2), new Random(1)));
    }

    @ParameterizedTest
    @EnumSource(InitKind.class)
    void labels_andIds_roundTrip(InitKind kind) {
        assertEquals(kind, Named.byId(InitKind.class, kind.id()).orElseThrow());
        Initializer init = nonDefault(kind);
        assertEquals(kind.hasParameter() ? kind.id() + "(0.7)" : kind.id(), init.label());
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
