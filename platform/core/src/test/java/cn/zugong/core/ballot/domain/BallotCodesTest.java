package cn.zugong.core.ballot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codes: enough entropy, typable, every symbol used. */
class BallotCodesTest {

    @Test
    void aCodeCarriesMoreThanFiftyBitsOfEntropy() {
        assertTrue(BallotCodes.entropyBits() >= 58, "bits: " + BallotCodes.entropyBits());
    }

    @Test
    void theAlphabetHasNoCharacterAReaderConfuses() {
        for (char ambiguous : "01OILUV".toCharArray()) {
            assertFalse(BallotCodes.ALPHABET.indexOf(ambiguous) >= 0, String.valueOf(ambiguous));
        }
        assertEquals(
                BallotCodes.ALPHABET.length(),
                BallotCodes.ALPHABET.chars().distinct().count());
    }

    @Test
    void generatedCodesAreDistinctAndUseEverySymbolEvenly() {
        Set<String> codes = new HashSet<>();
        int[] seen = new int[128];
        for (int i = 0; i < 20_000; i++) {
            String code = BallotCodes.generate();
            codes.add(code);
            code.chars().forEach(c -> seen[c]++);
        }
        assertEquals(20_000, codes.size());
        double each = 20_000.0 * BallotCodes.LENGTH / BallotCodes.ALPHABET.length();
        for (char c : BallotCodes.ALPHABET.toCharArray()) {
            assertTrue(
                    Math.abs(seen[c] - each) < each * 0.1, c + " seen " + seen[c] + " times, expected about " + each);
        }
    }

    @Test
    void aCodeIsAcceptedAsPrintedOrTypedLoosely() {
        String code = BallotCodes.generate();
        assertEquals(Optional.of(code), BallotCodes.normalize(BallotCodes.format(code)));
        assertEquals(Optional.of(code), BallotCodes.normalize(" " + code.toLowerCase() + " "));
    }

    @Test
    void aTextThatCannotBeACodeIsRefusedBeforeAnyLookUp() {
        assertEquals(Optional.empty(), BallotCodes.normalize("ABCD-EFGH-JKM"));
        assertEquals(Optional.empty(), BallotCodes.normalize("ABCD-EFGH-JKM0"));
        assertEquals(Optional.empty(), BallotCodes.normalize("' or 1=1 --"));
        assertEquals(Optional.empty(), BallotCodes.normalize(null));
    }
}
