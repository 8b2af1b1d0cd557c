package org.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class RecordJsonPropertiesTest {

    /** Any bit pattern of a double: subnormals, −0, NaN, infinities, the extremes. */
    @Provide
    Arbitrary<double[]> anyDoubles() {
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble);
        Arbitrary<Double> special = Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL);
        return Arbitraries.frequencyOf(Tuple.of(3, bits), Tuple.of(1, special))
                .array(double[].class).ofMaxSize(12);
    }

    @Property(tries = 300)
    void everyDouble_readsBackWithTheSameValue(@ForAll("anyDoubles") double[] values) throws Exception {
        StepSeries s = new StepSeries(values, values.clone(), values.clone(), new boolean[values.length]);
        StepSeries back = RecordJson.MAPPER.readValue(RecordJson.MAPPER.writeValueAsString(s), StepSeries.class);
        assertEquals(s, back);
        for (int i = 0; i < values.length; i++) {
            // every NaN reads back as the canonical NaN; every other value keeps all its bits
            long expected = Double.isNaN(values[i]) ? Double.doubleToLongBits(Double.NaN) : Double.doubleToRawLongBits(values[i]);
            assertEquals(expected, Double.doubleToRawLongBits(back.loss()[i]), "element " + i + ": " + values[i]);
        }
    }
}
