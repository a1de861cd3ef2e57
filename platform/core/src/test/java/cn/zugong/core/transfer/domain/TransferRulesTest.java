package cn.zugong.core.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.api.transfer.TransferStatus;
import org.junit.jupiter.api.Test;

/** Who may propose between which counties, and how the two answers move a proposal along. */
class TransferRulesTest {

    private static final String PROVINCE = "/510000/";
    private static final String CHENGDU = "/510000/510100/";
    private static final String WENJIANG = "/510000/510100/510115/";
    private static final String PIDU = "/510000/510100/510117/";
    private static final String FUCHENG = "/510000/510700/510703/";

    @Test
    void aCitysDepartmentProposesBetweenItsOwnCountiesOnly() {
        assertThat(TransferRules.above(CHENGDU, WENJIANG, PIDU)).isTrue();
        assertThat(TransferRules.above(CHENGDU, WENJIANG, FUCHENG)).isFalse();
        assertThat(TransferRules.above(PROVINCE, WENJIANG, FUCHENG)).isTrue();
    }

    @Test
    void aCountyIsNotAboveItselfNorItsNeighbour() {
        assertThat(TransferRules.above(WENJIANG, WENJIANG, PIDU)).isFalse();
        assertThat(TransferRules.above(CHENGDU, CHENGDU, PIDU)).isFalse();
        assertThat(TransferRules.above("/510000/510100/51011/", "/510000/510100/510115/", PIDU))
                .as("a path prefix that is not a node above")
                .isFalse();
    }

    @Test
    void theSecondCountysAcceptanceMovesTheFileWhicheverAnswersFirst() {
        assertThat(TransferRules.afterAcceptance(TransferStatus.PROPOSED, TransferProposal.Side.FROM))
                .isEqualTo(TransferStatus.ACCEPTED_BY_FROM);
        assertThat(TransferRules.afterAcceptance(TransferStatus.ACCEPTED_BY_FROM, TransferProposal.Side.TO))
                .isEqualTo(TransferStatus.MOVED);
        assertThat(TransferRules.afterAcceptance(TransferStatus.PROPOSED, TransferProposal.Side.TO))
                .isEqualTo(TransferStatus.ACCEPTED_BY_TO);
        assertThat(TransferRules.afterAcceptance(TransferStatus.ACCEPTED_BY_TO, TransferProposal.Side.FROM))
                .isEqualTo(TransferStatus.MOVED);
    }

    @Test
    void aCountyAnswersOnceAndAClosedProposalNotAtAll() {
        for (TransferStatus closed :
                new TransferStatus[] {TransferStatus.MOVED, TransferStatus.REFUSED, TransferStatus.WITHDRAWN}) {
            assertThatThrownBy(() -> TransferRules.afterAcceptance(closed, TransferProposal.Side.FROM))
                    .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                            .isEqualTo(TransferProblem.NOT_OPEN));
        }
        assertThatThrownBy(() ->
                        TransferRules.afterAcceptance(TransferStatus.ACCEPTED_BY_FROM, TransferProposal.Side.FROM))
                .isInstanceOf(TransferRefusedException.class);
    }

    @Test
    void aReasonIsRequiredAndAtMost500Characters() {
        assertThat(TransferRules.reason("  交流锻炼 ")).isEqualTo("交流锻炼");
        assertThat(TransferRules.reason("x".repeat(500))).hasSize(500);
        for (String bad : new String[] {null, " ", "x".repeat(501)}) {
            assertThatThrownBy(() -> TransferRules.reason(bad))
                    .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                            .isEqualTo(TransferProblem.REASON));
        }
    }
}
