package org.rnnlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void exact_writesTheShortestDecimalThatParsesBack() {
        for (double x : new double[] {0.1, 1.0 / 3, -2.5e-300, 123456789.125, Double.MIN_VALUE, Double.MAX_VALUE}) {
            assertEquals(x, Double.parseDouble(Numbers.exact(x)));
        }
        assertEquals("0.1", Numbers.exact(0.1));
        assertEquals("1.0", Numbers.exact(1));
        assertEquals("0.0", Numbers.exact(0));
        assertEquals("-0.0", Numbers.exact(-0.0));
        assertEquals("-3.5", Numbers.exact(-3.5));
        assertEquals("1.0E-7", Numbers.exact(1e-7));
        assertEquals("1.0E10", Numbers.exact(1e10));
    }

    @Test
    void exact_spellsNonFiniteValuesAsNumPyDoes() {
        assertEquals("nan", Numbers.exact(Double.NaN));
        assertEquals("inf", Numbers.exact(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Numbers.exact(Double.NEGATIVE_INFINITY));
    }

    @Test
    void exactOrEmpty_leavesNaNEmptyAndOtherwiseWritesWhatExactWrites() {
        assertEquals("", Numbers.exactOrEmpty(Double.NaN));
        assertEquals("Infinity", Numbers.exactOrEmpty(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Numbers.exactOrEmpty(Double.NEGATIVE_INFINITY));
        for (double x : new double[] {0, -0.0, 1, -1, 0.1, 1e-7, 1e300, Double.MIN_VALUE}) {
            assertEquals(Numbers.exact(x), Numbers.exactOrEmpty(x));
        }
    }

    @Test
    void readable_hasThreeSignificantDigitsAndNoTrailingZeros() {
        assertEquals("0.0123", Numbers.readable(0.012345));
        assertEquals("0.287", Numbers.readable(0.28691));
        assertEquals("4.5", Numbers.readable(4.5));
        assertEquals("1", Numbers.readable(1));
        assertEquals("100", Numbers.readable(100));
        assertEquals("123", Numbers.readable(123.456));
        assertEquals("12300", Numbers.readable(12345));
        assertEquals("0.1", Numbers.readable(0.1));
    }

    @Test
    void readable_roundsHalfUpOnTheExactValue() {
        assertEquals("0.126", Numbers.readable(0.1255), "0.1255 is stored as 0.12550000000000000044");
        assertEquals("0.124", Numbers.readable(0.1245), "0.1245 is stored as 0.12449999999999999956");
        assertEquals("2.5", Numbers.readable(2.5));
        assertEquals("0.001", Numbers.readable(0.0009996), "rounded up into the plain range");
        assertEquals("1e5", Numbers.readable(99999.7), "rounded up out of the plain range");
    }

    @Test
    void readable_isPlainIn_0_001_to_100000_andScientificOutside() {
        assertEquals("0.001", Numbers.readable(0.001));
        assertEquals("9.99e-4", Numbers.readable(0.000999));
        assertEquals("99900", Numbers.readable(99900));
        assertEquals("1e5", Numbers.readable(1e5));
        assertEquals("3e5", Numbers.readable(3e5));
        assertEquals("1.2e-7", Numbers.readable(1.2e-7));
        assertEquals("1.23e-5", Numbers.readable(1.2345e-5));
        assertEquals("6.02e23", Numbers.readable(6.02214076e23));
    }

    @Test
    void readable_ofZeroNegativesAndExtremes() {
        assertEquals("0", Numbers.readable(0));
        assertEquals("0", Numbers.readable(-0.0));
        assertEquals("-1", Numbers.readable(-1));
        assertEquals("-0.0123", Numbers.readable(-0.012345));
        assertEquals("-1.2e-7", Numbers.readable(-1.2e-7));
        assertEquals("-4.57e12", Numbers.readable(-4.5678e12));
        assertEquals("1.8e308", Numbers.readable(Double.MAX_VALUE), "rounding up past the largest double is still written");
        assertEquals("-1.8e308", Numbers.readable(-Double.MAX_VALUE));
        assertEquals("4.94e-324", Numbers.readable(Double.MIN_VALUE));
        assertEquals("2.23e-308", Numbers.readable(Double.MIN_NORMAL));
    }

    @Test
    void readable_ofNonFiniteValues() {
        assertEquals(Numbers.MISSING, Numbers.readable(Double.NaN));
        assertEquals("–", Numbers.readable(Double.NaN, 5));
        assertEquals("∞", Numbers.readable(Double.POSITIVE_INFINITY));
        assertEquals("-∞", Numbers.readable(Double.NEGATIVE_INFINITY));
    }

    @Test
    void readable_withMoreOrFewerDigits() {
        assertEquals("22.45", Numbers.readable(22.4494, 4));
        assertEquals("0.5", Numbers.readable(0.5, 4));
        assertEquals("280.6", Numbers.readable(280.61, 4));
        assertEquals("12350", Numbers.readable(12345.6, 4));
        assertEquals("1.235e5", Numbers.readable(123456, 4));
        assertEquals("0.001843", Numbers.readable(0.00184321, 4));
        assertEquals("3e-4", Numbers.readable(0.000298, 1));
        assertEquals("0.3", Numbers.readable(0.28691, 1));
        assertEquals("0.10000000000000001", Numbers.readable(0.1, 17), "17 digits show the double's binary value");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.readable(1, 0));
        assertEquals("significant digits must be >= 1, got 0", e.getMessage());
    }
}
