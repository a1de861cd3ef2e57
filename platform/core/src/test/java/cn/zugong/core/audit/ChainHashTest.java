package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
}
