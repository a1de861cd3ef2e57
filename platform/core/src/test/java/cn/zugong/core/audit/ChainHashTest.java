package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hash covers every field and the previous link, and does not depend on how fields split. */
class ChainHashTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static AuditEntry link(String prev, String subjectId, String summary, Instant at) {
        return AuditEntry.chain(prev, "510115", 1, ID, at, "a", "unit.create", "unit", subjectId, summary, null, "{}");
    }

    @Test
    void theHashIsSha256HexAndRepeatable() {
        AuditEntry first = link(ChainHash.GENESIS, "1", "x", Chains.T0);

        assertThat(first.hash()).hasSize(64).matches("[0-9a-f]+");
        assertThat(link(ChainHash.GENESIS, "1", "x", Chains.T0).hash()).isEqualTo(first.hash());
        assertThat(first.expectedHash()).isEqualTo(first.hash());
    }

    @Test
    void theHashDependsOnThePreviousLink() {
        assertThat(link("f".repeat(64), "1", "x", Chains.T0).hash())
                .isNotEqualTo(link(ChainHash.GENESIS, "1", "x", Chains.T0).hash());
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertThat(link(ChainHash.GENESIS, "12", "3", Chains.T0).hash())
                .isNotEqualTo(link(ChainHash.GENESIS, "1", "23", Chains.T0).hash());
        assertThat(link(ChainHash.GENESIS, "-", "x", Chains.T0).hash())
                .isNotEqualTo(link(ChainHash.GENESIS, null, "x", Chains.T0).hash());
    }

    @Test
    void timeCountsToTheMicrosecondAsTheDatabaseKeepsIt() {
        Instant stored = ChainHash.storable(Chains.T0.plusNanos(789));

        assertThat(stored).isEqualTo(Chains.T0);
        assertThat(link(ChainHash.GENESIS, "1", "x", Chains.T0.plusNanos(1000)).hash())
                .isNotEqualTo(link(ChainHash.GENESIS, "1", "x", Chains.T0).hash());
    }

    @Test
    void everyLinkPointsToThePreviousOne() {
        List<AuditEntry> chain = Chains.of(3);

        assertThat(chain.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).prevHash()).isEqualTo(chain.get(1).hash());
    }

    private static AuditEntry withOrigin(String prev, long seq, String session, String address) {
        return AuditEntry.chain(
                prev, "510115", seq, ID, Chains.T0, "a", "unit.create", "unit", "1", "x", null, "{}", session, address);
    }

    @Test
    void aLinkWithoutOriginKeepsTheFirstEncodingSoStoredChainsStillVerify() throws Exception {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Chains.T0);
        String canonical = "zugong-audit-v1|64:" + ChainHash.GENESIS + "|6:510115|1:1|36:" + ID + "|"
                + Long.toString(micros).length() + ":" + micros + "|1:a|11:unit.create|4:unit|1:1|1:x|-|2:{}";
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(link(ChainHash.GENESIS, "1", "x", Chains.T0).hash()).isEqualTo(expected);
        assertThat(withOrigin(ChainHash.GENESIS, 1, null, null).hash()).isEqualTo(expected);
    }

    @Test
    void theSessionAndTheAddressArePartOfTheHashOfNewLinks() {
        String plain = withOrigin(ChainHash.GENESIS, 1, null, null).hash();
        String withSession =
                withOrigin(ChainHash.GENESIS, 1, "0123456789abcdef", "10.0.0.7").hash();

        assertThat(withSession).isNotEqualTo(plain);
        assertThat(withOrigin(ChainHash.GENESIS, 1, "0123456789abcdef", "10.0.0.8")
                        .hash())
                .isNotEqualTo(withSession);
        assertThat(withOrigin(ChainHash.GENESIS, 1, "fedcba9876543210", "10.0.0.7")
                        .hash())
                .isNotEqualTo(withSession);
    }

    @Test
    void blankingTheOriginOfANewLinkIsCaught() {
        AuditEntry written = withOrigin(ChainHash.GENESIS, 1, "0123456789abcdef", "10.0.0.7");
        AuditEntry blanked = new AuditEntry(
                written.id(),
                written.tenantId(),
                written.seq(),
                written.occurredAt(),
                written.actor(),
                written.action(),
                written.subjectType(),
                written.subjectId(),
                written.summary(),
                written.beforeJson(),
                written.afterJson(),
                written.prevHash(),
                written.hash());

        assertThat(blanked.expectedHash()).isNotEqualTo(blanked.hash());
    }

    @Test
    void aChainOfOldLinksFollowedByLinksWithAnOriginIsIntact() {
        List<AuditEntry> chain = new ArrayList<>(Chains.of(2));
        AuditEntry next = withOrigin(chain.getLast().hash(), 3, "0123456789abcdef", "10.0.0.7");
        chain.add(next);

        assertThat(Chains.verify(chain, chain).ok()).isTrue();
    }
}
