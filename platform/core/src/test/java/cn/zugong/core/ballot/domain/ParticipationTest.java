package cn.zugong.core.ballot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The participation share: two thirds unless a province sets its own. */
class ParticipationTest {

    @Test
    void twoThirdsOfThirtyIsTwentyAndNineteenIsShort() {
        assertTrue(Participation.DEFAULT.met(20, 30));
        assertFalse(Participation.DEFAULT.met(19, 30));
    }

    @Test
    void twoThirdsRoundsUpForANumberNotDivisibleByThree() {
        assertFalse(Participation.DEFAULT.met(6, 10));
        assertTrue(Participation.DEFAULT.met(7, 10));
    }

    @Test
    void aProvinceSetsItsOwnShare() {
        Participation half = Participation.parse("1/2");
        assertTrue(half.met(5, 10));
        assertFalse(half.met(4, 10));
    }

    @Test
    void aBrokenSettingFallsBackToTheDefault() {
        assertEquals(Participation.DEFAULT, Participation.parse("two thirds"));
        assertEquals(Participation.DEFAULT, Participation.parse("3/2"));
        assertEquals(Participation.DEFAULT, Participation.parse(null));
    }
}
