package org.rnnlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void of_isSingularForOneAndPluralOtherwise() {
        assertEquals("1 run", Plural.of(1, "run"));
        assertEquals("0 runs", Plural.of(0, "run"));
        assertEquals("2 runs", Plural.of(2, "run"));
        assertEquals("1000000 steps", Plural.of(1_000_000, "step"));
        assertEquals(Long.MAX_VALUE + " epochs", Plural.of(Long.MAX_VALUE, "epoch"));
    }

    @Test
    void of_negativeCounts() {
        assertEquals("-1 step", Plural.of(-1, "step"));
        assertEquals("-2 steps", Plural.of(-2, "step"));
    }

    @Test
    void of_pluralisesTheLastWordOfANounPhrase() {
        assertEquals("1 worker thread", Plural.of(1, "worker thread"));
        assertEquals("4 worker threads", Plural.of(4, "worker thread"));
    }

    @Test
    void word_isTheNounWithoutItsCount() {
        assertEquals("parameter", Plural.word(1, "parameter"));
        assertEquals("parameters", Plural.word(3, "parameter"));
        assertEquals("parameters", Plural.word(0, "parameter"));
    }
}
