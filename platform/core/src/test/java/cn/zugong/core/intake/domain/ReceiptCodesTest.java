package cn.zugong.core.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipt codes: the same submission key, the same code; typed loosely, found; stored only as hashes. */
class ReceiptCodesTest {

    private final ReceiptCodes codes =
            new ReceiptCodes(new Hmac("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)));

    @Test
    void theSameSubmissionKeyGivesTheSameCodeAndAnotherKeyAnother() {
        String key = "0123456789abcdef0123456789abcdef";
        assertThat(codes.code(key)).isEqualTo(codes.code(key)).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(codes.code(String.format("%032x", i)));
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void aCodeTypedInLowerCaseWithoutDashesOrWithLookAlikesHasTheSameHash() {
        String code = codes.code("fedcba9876543210fedcba9876543210");
        String hash = codes.codeHash(code).orElseThrow();
        assertThat(codes.codeHash(code.toLowerCase().replace("-", ""))).contains(hash);
        assertThat(codes.codeHash(" " + code.replace('0', 'O').replace('1', 'I') + " "))
                .contains(hash);
        assertThat(hash).doesNotContain(code.replace("-", ""));
    }

    @Test
    void whatCannotBeACodeHasNoHash() {
        assertThat(codes.codeHash(null)).isEmpty();
        assertThat(codes.codeHash("ABCD-EFGH")).isEmpty();
        assertThat(codes.codeHash("<script>alert(1)</script>")).isEmpty();
        assertThat(codes.codeHash("X".repeat(100))).isEmpty();
    }

    @Test
    void onlyKeysThePageMakesAreTaken() {
        assertThat(ReceiptCodes.validKey("0123456789abcdef0123456789abcdef")).isTrue();
        assertThat(ReceiptCodes.validKey("0123")).isFalse();
        assertThat(ReceiptCodes.validKey(null)).isFalse();
        assertThat(ReceiptCodes.validKey("0123456789ABCDEF0123456789abcdef")).isFalse();
        assertThat(codes.keyHash("0123456789abcdef0123456789abcdef")).hasSize(64);
    }
}
