package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.VoteMethod;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The decision meeting form hands the meeting with its vote grid to the service and shows refusals. */
@ExtendWith(PortalUi.class)
class MeetingFormTest {

    private final CaseFixture fixture = new CaseFixture(SelectionStep.DECISION);
    private final List<MeetingRecord> recorded = new ArrayList<>();
    private UUID wang;
    private UUID li;
    private RuntimeException refusal;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        wang = fixture.candidate("王明", true);
        li = fixture.candidate("李红", true);
        fixture.candidate("赵刚", false);
    }

    private MeetingForm form() {
        CaseCalls calls = new CaseCalls(fixture.selectionCase.getId(), null) {
            @Override
            MeetingOutcome recordMeeting(MeetingRecord meeting) {
                if (refusal != null) {
                    throw refusal;
                }
                recorded.add(meeting);
                return new MeetingOutcome(MeetingOutcome.Result.ADOPTED, Optional.of(wang), Map.of());
            }
        };
        MeetingForm form = new MeetingForm(fixture.context(true), calls);
        UI.getCurrent().add(form);
        return form;
    }

    private void fill(MeetingForm form) {
        form.body.setValue(MeetingBody.STANDING_COMMITTEE);
        form.heldOn.setValue(LocalDate.of(2026, 6, 2));
        form.method.setValue(VoteMethod.SHOW_OF_HANDS);
        form.total.setValue(3);
        form.present.setValue(2);
        form.votes.addMember("张书记");
        form.votes.addMember("刘副书记");
    }

    @Test
    void theInspectedCandidatesAreTheColumns() {
        MeetingForm form = form();
        form.votes.addMember("张书记");

        assertThat(form.votes.cell(0, 1)).isNotNull();
        form.votes.allAgree.click();
        assertThat(form.votes.votes()).extracting(MeetingRecord.Vote::cadreId).containsExactly(wang, li);
    }

    @Test
    void theMeetingIsRecordedWithEveryVoteAndTheCaseShownAgain() {
        MeetingForm form = form();
        fill(form);
        form.votes.cell(0, 0).setValue(Opinion.AGREE);
        form.votes.cell(1, 0).setValue(Opinion.AGREE);
        form.votes.cell(0, 1).setValue(Opinion.DISAGREE);

        form.save.click();

        assertThat(recorded).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo(MeetingBody.STANDING_COMMITTEE);
            assertThat(m.membersTotal()).isEqualTo(3);
            assertThat(m.membersPresent()).isEqualTo(2);
            assertThat(m.votes())
                    .containsExactly(
                            new MeetingRecord.Vote(wang, "张书记", Opinion.AGREE),
                            new MeetingRecord.Vote(li, "张书记", Opinion.DISAGREE),
                            new MeetingRecord.Vote(wang, "刘副书记", Opinion.AGREE));
        });
        assertThat(fixture.changes).isEqualTo(1);
    }

    @Test
    void theQuorumAndMajorityAreShownForTheMembers() {
        MeetingForm form = form();
        form.total.setValue(9);

        assertThat(form.quorum.getText()).isEqualTo("至少 6 人到会方可作出决定，5 人以上同意方为通过");
    }

    @Test
    void anEmptyCountIsRefusedBeforeTheServiceIsAsked() {
        MeetingForm form = form();

        form.save.click();

        assertThat(recorded).isEmpty();
        assertThat(form.total.isInvalid()).isTrue();
        assertThat(form.total.getErrorMessage()).isEqualTo("请填写人数。");
    }

    @Test
    void theServicesRefusalIsShownOnItsFieldWithTheArgumentsTranslated() {
        MeetingForm form = form();
        fill(form);
        refusal = new ValidationException(List.of(
                new Problem("membersPresent", "selection.meeting.noQuorum", List.of(1, 3, 2)),
                new Problem("heldOn", "selection.step.wrong", List.of("@selection.step.DECISION"))));

        form.save.click();

        assertThat(form.present.getErrorMessage()).isEqualTo("实到会成员 1 人，应到会成员 3 人，不足三分之二（至少 2 人），不能作出决定。");
        assertThat(form.heldOn.getErrorMessage()).isEqualTo("此项只能在“讨论决定”环节记录。");
        assertThat(fixture.changes).isZero();
    }
}
