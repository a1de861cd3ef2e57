package cn.zugong.core.selection.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.SelectionWithdrawal;
import cn.zugong.core.selection.domain.VoteMethod;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The agenda and minutes printed and read back: attendance against the quorum, the counts of a
 * voted item with who withdrew and the result, each member's opinion, and an item not voted on.
 */
class MinutesPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final UUID ZHANG = UUID.randomUUID();

    private static SelectionCase selectionCase(String no, String title) {
        SelectionCase c = new SelectionCase();
        c.setCaseNo(no);
        c.setKind(SelectionKind.APPOINT);
        c.setTitle(title);
        c.setStep(SelectionStep.DECISION);
        c.setStatus(CaseStatus.OPEN);
        c.setOpenedAt(Instant.now());
        return c;
    }

    @Test
    void theMinutesShowAttendanceCountsWithdrawalsAndEachOpinion() throws IOException {
        SelectionCase voted = selectionCase("2026-004", "教育局副局长人选");
        voted.setChosenCadreId(ZHANG);
        voted.setDecidedOn(DAY);
        SelectionMeeting meeting = new SelectionMeeting(voted.getId());
        meeting.setBody(MeetingBody.STANDING_COMMITTEE);
        meeting.setHeldOn(DAY);
        meeting.setMembersTotal(9);
        meeting.setMembersPresent(8);
        meeting.setMethod(VoteMethod.SHOW_OF_HANDS);
        List<SelectionVote> votes = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            SelectionVote v = new SelectionVote(voted.getId());
            v.setMeetingId(meeting.getId());
            v.setCadreId(ZHANG);
            v.setMember("委员" + i);
            v.setOpinion(i == 1 ? Opinion.DISAGREE : Opinion.AGREE);
            votes.add(v);
        }
        SelectionWithdrawal spouse = new SelectionWithdrawal(voted.getId(), meeting.getId(), ZHANG, "周委员", "配偶");
        MinutesPdf.Item item = new MinutesPdf.Item(
                new CaseFile(voted, List.of(), List.of(meeting), votes, List.of(), List.of()),
                Optional.of(meeting),
                votes,
                List.of(spouse),
                Map.of(ZHANG, "张三"));
        SelectionCase later = selectionCase("2026-005", "财政局副局长人选");
        MinutesPdf.Item notVoted = new MinutesPdf.Item(
                new CaseFile(later, List.of(), List.of(), List.of(), List.of(), List.of()),
                Optional.empty(),
                List.of(),
                List.of(),
                Map.of());
        List<String> present = List.of("委员1", "委员2", "委员3", "委员4", "委员5", "委员6", "委员7", "周委员");

        byte[] pdf = new MinutesPdf()
                .render(MeetingBody.STANDING_COMMITTEE, DAY, present, List.of("吴委员"), List.of(item, notVoted));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(
                            "党委常委会会议议程与纪要",
                            "2026年11月2日",
                            "应到会9人，实到会8人（法定人数6人，通过须5票同意）",
                            "吴委员",
                            "1.2026-004教育局副局长人选",
                            "张三6",
                            "周委员",
                            "通过",
                            "委员1对张三不同意",
                            "2.2026-005财政局副局长人选",
                            "未表决");
        }
    }
}
