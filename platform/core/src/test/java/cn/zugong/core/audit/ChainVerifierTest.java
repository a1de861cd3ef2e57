package cn.zugong.core.audit;

import static cn.zugong.core.audit.Chains.verify;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.audit.ChainVerdict.BrokenLink;
import cn.zugong.core.audit.ChainVerdict.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an auditor is told after rows were edited, deleted or reordered behind the portal's back. */
class ChainVerifierTest {

    private final List<AuditEntry> written = Chains.of(6);

    @Test
    void anUntouchedChainIsIntactWithItsLength() {
        ChainVerdict verdict = verify(written, written);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.checked()).isEqualTo(6);
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(verify(List.of(), 0, ChainHash.GENESIS)).isEqualTo(ChainVerdict.intact(Chains.WENJIANG, 0));
    }

    @Test
    void anEditedFieldIsNamedAsAHashMismatchOfThatRow() {
        List<AuditEntry> tampered = new ArrayList<>(written);
        tampered.set(3, Chains.withSummary(written.get(3), "someone else"));

        ChainVerdict verdict = verify(tampered, written);

        assertThat(verdict.broken()).contains(new BrokenLink(4, written.get(3).id(), Problem.HASH_MISMATCH));
        assertThat(verdict.checked()).isEqualTo(3);
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditEntry> tampered = new ArrayList<>(written);
        AuditEntry edited = Chains.withSummary(written.get(2), "forged");
        tampered.set(2, edited.withHash(edited.expectedHash()));

        assertThat(verify(tampered, written).broken())
                .contains(new BrokenLink(4, written.get(3).id(), Problem.PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void aDeletedRowIsNamedAsAGapBeforeTheNextRow() {
        List<AuditEntry> tampered = new ArrayList<>(written);
        tampered.remove(1);

        assertThat(verify(tampered, written).broken())
                .contains(new BrokenLink(2, written.get(2).id(), Problem.SEQUENCE_GAP));
    }

    @Test
    void deletedNewestRowsAreNamedAgainstTheChainHead() {
        List<AuditEntry> tampered = new ArrayList<>(written.subList(0, 4));

        ChainVerdict verdict = verify(tampered, written);

        assertThat(verdict.broken()).contains(new BrokenLink(5, null, Problem.TAIL_MISSING));
        assertThat(verdict.checked()).isEqualTo(4);
    }

    @Test
    void swappedSequenceNumbersAreNamedAtTheFirstSwappedRow() {
        List<AuditEntry> tampered = new ArrayList<>(written);
        tampered.set(1, Chains.withSeq(written.get(2), 2));
        tampered.set(2, Chains.withSeq(written.get(1), 3));

        assertThat(verify(tampered, written).broken())
                .contains(new BrokenLink(2, written.get(2).id(), Problem.PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void aRowRenumberedToCloseAGapStillBreaksTheChain() {
        List<AuditEntry> tampered = new ArrayList<>(written);
        tampered.remove(2);
        tampered.set(2, Chains.withSeq(written.get(3), 3));

        assertThat(verify(tampered, written).broken())
                .contains(new BrokenLink(3, written.get(3).id(), Problem.PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void onlyTheFirstBrokenLinkIsNamed() {
        List<AuditEntry> tampered = new ArrayList<>(written);
        tampered.set(4, Chains.withSummary(written.get(4), "x"));
        tampered.set(1, Chains.withSummary(written.get(1), "y"));

        assertThat(verify(tampered, written).broken().map(BrokenLink::seq)).contains(2L);
    }

    @Test
    void aChainEndingOnALinkOtherThanTheHeadsIsBroken() {
        assertThat(verify(written, 6, ChainHash.GENESIS).ok()).isFalse();
    }
}
