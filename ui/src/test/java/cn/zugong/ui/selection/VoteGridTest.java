package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The vote grid of a decision meeting: a row per member typed in, a column per candidate. */
@ExtendWith(PortalUi.class)
class VoteGridTest {

    private static final UUID WANG = UUID.randomUUID();
    private static final UUID LI = UUID.randomUUID();

    private VoteGrid grid;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        grid = new VoteGrid(List.of(new VoteGrid.Column(WANG, "王明"), new VoteGrid.Column(LI, "李红")));
        UI.getCurrent().add(grid);
    }

    private void type(String member) {
        grid.member.setValue(member);
        grid.addMember.click();
    }

    @Test
    void eachOpinionChosenInACellIsAVote() {
        type("张书记");
        type(" 刘副书记 ");
        grid.cell(0, 0).setValue(Opinion.AGREE);
        grid.cell(0, 1).setValue(Opinion.DISAGREE);
        grid.cell(1, 0).setValue(Opinion.DEFER);

        assertThat(grid.members()).containsExactly("张书记", "刘副书记");
        assertThat(grid.votes())
                .containsExactly(
                        new MeetingRecord.Vote(WANG, "张书记", Opinion.AGREE),
                        new MeetingRecord.Vote(LI, "张书记", Opinion.DISAGREE),
                        new MeetingRecord.Vote(WANG, "刘副书记", Opinion.DEFER));
    }

    @Test
    void allAgreeFillsOnlyTheEmptyCells() {
        type("张书记");
        type("刘副书记");
        grid.cell(1, 1).setValue(Opinion.DISAGREE);

        grid.allAgree.click();

        assertThat(grid.votes()).hasSize(4).contains(new MeetingRecord.Vote(LI, "刘副书记", Opinion.DISAGREE));
        assertThat(grid.cell(0, 1).getValue()).isEqualTo(Opinion.AGREE);
    }

    @Test
    void aMemberTakenOutCastsNoVote() {
        type("张书记");
        type("刘副书记");
        grid.allAgree.click();

        grid.removeMember("张书记");

        assertThat(grid.votes()).extracting(MeetingRecord.Vote::member).containsOnly("刘副书记");
        assertThat(grid.cell(0, 0).getValue()).isEqualTo(Opinion.AGREE);
    }

    @Test
    void aBlankOrRepeatedNameIsRefusedOnTheNameField() {
        type("张书记");

        assertThat(grid.addMember("  ")).isFalse();
        assertThat(grid.member.getErrorMessage()).isEqualTo("请填写成员姓名。");
        assertThat(grid.addMember("张书记")).isFalse();
        assertThat(grid.member.getErrorMessage()).isEqualTo("该成员已在表中。");
        assertThat(grid.members()).containsExactly("张书记");
    }

    @Test
    void theOpinionsAreLabelledAsTheCommitteeSaysThem() {
        type("张书记");

        assertThat(grid.cell(0, 0).getItemLabelGenerator().apply(Opinion.DEFER)).isEqualTo("缓议");
    }
}
