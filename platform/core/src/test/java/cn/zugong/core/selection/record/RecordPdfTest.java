package cn.zugong.core.selection.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditReader;
import cn.zugong.core.audit.ChainHash;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.VoteMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The whole-process record of a case built in memory, rendered and read back with PDFBox (an
 * independent PDF library): the facts of each step, the gate override and the journal with its
 * chain positions are on the sheet.
 */
class RecordPdfTest {

    private static final String TENANT = "510115";
    private static final UUID ZHANG = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID LI = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final Instant T0 = Instant.parse("2025-03-03T01:30:00Z");

    private final SelectionCase c = selectionCase();

    private static SelectionCase selectionCase() {
        SelectionCase c = new SelectionCase();
        c.setCaseNo("2025-007");
        c.setKind(SelectionKind.APPOINT);
        c.setTitle("县教育局局长人选");
        c.setPlan("从全县正科级干部中选拔，民主推荐后差额考察");
        c.setInitiator("县委书记");
        c.setStep(SelectionStep.PROBATION);
        c.setStepSince(T0);
        c.setStatus(CaseStatus.OPEN);
        c.setOpenedAt(T0);
        c.setOpenedBy("officer1");
        c.recommendation().setRecommendedOn(LocalDate.of(2025, 3, 10));
        c.recommendation().setRecommendationExpected(40);
        c.recommendation().setRecommendationPresent(37);
        c.recommendation().setRecommendationTargeted(true);
        c.procedure().setNoticeOn(LocalDate.of(2025, 3, 20));
        c.procedure().setInspectionTeam("县委组织部考察组（组长王某）");
        c.setDecidedOn(LocalDate.of(2025, 4, 8));
        c.setChosenCadreId(ZHANG);
        c.publicity().setPublicityFrom(LocalDate.of(2025, 4, 9));
        c.publicity().setPublicityTo(LocalDate.of(2025, 4, 15));
        c.setDocumentNo("某委〔2025〕12号");
        c.setAppointedOn(LocalDate.of(2025, 4, 20));
        c.setTalkOn(LocalDate.of(2025, 4, 21));
        c.setProbation(true);
        c.setProbationUntil(LocalDate.of(2026, 4, 8));
        return c;
    }

    /** Whether the case had reports during the publicity (it has one unless told otherwise). */
    private boolean reported = true;

    private CaseFile file() {
        SelectionCandidate zhang = new SelectionCandidate(c.getId());
        zhang.setCadreId(ZHANG);
        zhang.setIntended(true);
        zhang.setInterviewVotes(30);
        zhang.setMeetingVotes(33);
        zhang.setInspected(true);
        zhang.setFileReviewedOn(LocalDate.of(2025, 3, 21));
        zhang.setMattersCheckedOn(LocalDate.of(2025, 3, 24));
        zhang.setDisciplineOpinionOn(LocalDate.of(2025, 3, 25));
        zhang.setPetitionsCheckedOn(LocalDate.of(2025, 3, 26));
        zhang.setIntegritySignedOn(LocalDate.of(2025, 3, 28));
        zhang.setExceptional(true);
        zhang.setExceptionalApproval("市委组织部复函〔2025〕3号");
        SelectionCandidate li = new SelectionCandidate(c.getId());
        li.setCadreId(LI);
        li.setInterviewVotes(5);
        li.setMeetingVotes(4);
        li.setInspected(true);

        SelectionMeeting meeting = new SelectionMeeting(c.getId());
        meeting.setBody(MeetingBody.STANDING_COMMITTEE);
        meeting.setHeldOn(LocalDate.of(2025, 4, 8));
        meeting.setMembersTotal(11);
        meeting.setMembersPresent(9);
        meeting.setMethod(VoteMethod.SHOW_OF_HANDS);
        meeting.setRecordedAt(T0.plusSeconds(86400 * 36));
        meeting.setRecordedBy("officer1");
        List<SelectionVote> votes = new ArrayList<>();
        String[] members = {"赵书记", "钱副书记", "孙常委", "周常委", "吴常委", "郑常委", "冯常委", "陈常委", "褚常委"};
        for (int i = 0; i < members.length; i++) {
            votes.add(vote(meeting, ZHANG, members[i], i == 8 ? Opinion.DEFER : Opinion.AGREE));
            votes.add(vote(meeting, LI, members[i], i == 0 ? Opinion.AGREE : Opinion.DISAGREE));
        }

        List<SelectionObjection> objections = new ArrayList<>();
        SelectionObjection objection = new SelectionObjection(c.getId());
        objections.add(objection);
        objection.setReceivedOn(LocalDate.of(2025, 4, 11));
        objection.setSummary("反映其驾驶公车接送子女");
        objection.setAffects(false);
        objection.setResolution("经核查，所反映问题不属实");
        if (!reported) {
            objections.clear();
        }

        GateRecord quota = new GateRecord(c.getId());
        quota.setCadreId(ZHANG);
        quota.setStep(SelectionStep.DECISION);
        quota.setGateId("core.quota");
        quota.setOutcome(GateResult.Outcome.BLOCK);
        quota.setReasonKey("selection.gate.quota.full");
        quota.setReasonArgs("1\u001f1");
        quota.setCheckedAt(T0.plusSeconds(86400 * 35));
        quota.setCurrentResult(true);
        quota.setOverrideBy("director2");
        quota.setOverrideAt(T0.plusSeconds(86400 * 35 + 600));
        quota.setOverrideReason("原局长同日免职，职数随之空出");
        GateRecord held = new GateRecord(c.getId());
        held.setCadreId(LI);
        held.setStep(SelectionStep.DECISION);
        held.setGateId("example.hold");
        held.setPluginId("example");
        held.setOutcome(GateResult.Outcome.WARNING);
        held.setReasonKey("example.gate.unknown");
        held.setReasonArgs("x");
        held.setCheckedAt(T0.plusSeconds(86400 * 35));
        held.setCurrentResult(true);

        GateRecord eligibility = gate(ZHANG, "core.eligibility", GateResult.Outcome.WARNING);
        eligibility.setReasonKey("selection.gate.eligibility.warning");
        eligibility.setReasonArgs("@eligibility.rule.TRAINING, @eligibility.rule.HEALTH");
        GateRecord checks = gate(LI, "core.four-checks", GateResult.Outcome.BLOCK);
        checks.setReasonKey("selection.gate.checks.missing");
        checks.setReasonArgs("@selection.check.fileReviewedOn, @selection.check.integritySignedOn");

        return new CaseFile(
                c, List.of(zhang, li), List.of(meeting), votes, objections, List.of(quota, held, eligibility, checks));
    }

    private GateRecord gate(UUID cadre, String gateId, GateResult.Outcome outcome) {
        GateRecord g = new GateRecord(c.getId());
        g.setCadreId(cadre);
        g.setStep(SelectionStep.DECISION);
        g.setGateId(gateId);
        g.setOutcome(outcome);
        g.setCheckedAt(T0.plusSeconds(86400 * 35));
        g.setCurrentResult(true);
        return g;
    }

    private static SelectionVote vote(SelectionMeeting meeting, UUID cadre, String member, Opinion opinion) {
        SelectionVote v = new SelectionVote(meeting.getCaseId());
        v.setMeetingId(meeting.getId());
        v.setCadreId(cadre);
        v.setMember(member);
        v.setOpinion(opinion);
        return v;
    }

    /** A chain of the case's events as the case journal writes them, from sequence 41 of the county. */
    private List<AuditEntry> journal() {
        List<AuditEntry> events = new ArrayList<>();
        String previous = "ab".repeat(32);
        long seq = 41;
        Instant at = T0;
        for (Map<String, Object> event : List.of(
                details("selection.open", "step", "INITIATION", "kind", "APPOINT", "title", c.getTitle()),
                details(
                        "selection.gate.override",
                        "#actor",
                        "director2",
                        "by",
                        "钱主任",
                        "step",
                        "DECISION",
                        "gate",
                        "core.quota",
                        "cadre",
                        ZHANG,
                        "reason",
                        "selection.gate.quota.full",
                        "justification",
                        "原局长同日免职，职数随之空出"),
                details(
                        "selection.decision.meeting",
                        "step",
                        "DECISION",
                        "body",
                        "STANDING_COMMITTEE",
                        "heldOn",
                        LocalDate.of(2025, 4, 8),
                        "reconsideration",
                        false,
                        "votes",
                        ZHANG + ":赵书记:AGREE;" + LI + ":赵书记:AGREE",
                        "result",
                        "ADOPTED",
                        "adopted",
                        ZHANG),
                details("selection.advance", "step", "DECISION", "from", "DECISION", "to", "PUBLICITY"))) {
            String action = (String) event.remove("#action");
            String actor = (String) event.remove("#actor");
            event.putIfAbsent("by", "王建国");
            AuditEntry e = AuditEntry.chain(
                    previous,
                    TENANT,
                    seq++,
                    UUID.randomUUID(),
                    ChainHash.storable(at),
                    actor == null ? "officer1" : actor,
                    action,
                    CaseJournal.SUBJECT,
                    c.getId().toString(),
                    c.getCaseNo() + " " + c.getTitle(),
                    null,
                    AuditJson.of(event));
            events.add(e);
            previous = e.hash();
            at = at.plusSeconds(3600);
        }
        return events;
    }

    private static Map<String, Object> details(String action, Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("#action", action);
        for (int i = 0; i < pairs.length; i += 2) {
            details.put((String) pairs[i], pairs[i + 1]);
        }
        return details;
    }

    private CaseRecord record(List<AuditEntry> journal) {
        return record(journal, Instant.parse("2025-05-06T02:00:00Z"));
    }

    private CaseRecord record(List<AuditEntry> journal, Instant printedAt) {
        return new CaseRecord(
                file(),
                "某某县教育局局长",
                Map.of(ZHANG, "张建华", LI, "李明"),
                journal,
                printedAt,
                "王某某",
                List.of(PLUGIN_TEXTS),
                Map.of("example.hold", "example.gate.name"),
                People.of(journal));
    }

    /** The example plugin's Chinese messages, as the plugin host gives them. */
    private static final ResourceBundle PLUGIN_TEXTS = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"example.gate.name", "示例把关"}, {"example.gate.unknown", "示例插件：{0}"}};
        }
    };

    /** The text in drawing order: each cell's lines stay together, the cells of a row come in order. */
    private static String text(byte[] pdf) {
        return text(pdf, false);
    }

    /** The text in reading order, top to bottom: a heading before what follows it. */
    private static String text(byte[] pdf, boolean byPosition) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSheetCarriesTheCaseAndEachStep() {
        String text = text(new CaseRecordPdf().render(record(journal())));

        assertThat(text)
                .contains("干部选拔任用全程纪实表", "案件编号2025-007", "县教育局局长人选", "某某县教育局局长")
                .contains("打印人：王某某", "立案人王建国", "立案时间2025-03-0309:30:00")
                .contains("意向性人选张建华", "推荐日期2025年3月10日", "应参加人数40", "实参加人数37")
                .contains("考察对象张建华、李明", "考察组县委组织部考察组（组长王某）")
                .contains("是，上级批复：市委组织部复函〔2025〕3号")
                .contains("公示开始2025年4月9日", "反映其驾驶公车接送子女", "经核查，所反映问题不属实")
                .contains("文号某委〔2025〕12号", "任职谈话日期2025年4月21日", "试用期满日期2026年4月8日");
    }

    @Test
    void theDecisionMeetingShowsEachMembersOpinionAndTheResult() {
        String text = text(new CaseRecordPdf().render(record(journal())));

        assertThat(text)
                .contains("党委常委会", "应到会成员11", "实到会成员9", "法定到会人数8（达到三分之二以上）")
                .contains("通过所需同意票6", "举手表决", "会议结果通过", "通过人选张建华")
                // The member, then the opinion on Zhang and on Li, row by row.
                .contains("赵书记同意同意", "褚常委缓议不同意", "同意票81");
    }

    @Test
    void aGateOverrideShowsWhoWhenAndWhy() {
        String text = text(new CaseRecordPdf().render(record(journal())));

        assertThat(text)
                .contains("职数", "阻止", "超职数配备（核定1名，已配1名）")
                .contains("钱主任于2025-04-0709:40:00越过阻止，理由：原局长同日免职，职数随之空出")
                // A plugin's gate and reason in the plugin's own words.
                .contains("示例把关", "示例插件：x");
    }

    @Test
    void theJournalListsEachEventWithItsChainPositionAndHashPrefix() {
        List<AuditEntry> journal = journal();
        String text = text(new CaseRecordPdf().render(record(journal)));

        AuditEntry override = journal.get(1);
        assertThat(override.seq()).isEqualTo(42);
        assertThat(text)
                .contains("全程纪实记录", "510115")
                .contains("42" + "2025-03-0310:30:00" + "钱主任" + "越过阻止" + "环节：讨论决定")
                .contains(override.hash().substring(0, 12))
                .contains("把关项：职数", "人选：张建华", "原因：超职数配备（核定1名，已配1名）", "理由：原局长同日免职")
                .contains("赵书记对张建华同意", "赵书记对李明同意", "结果：通过", "通过人选：张建华")
                .contains("从：讨论决定；至：任前公示");
    }

    @Test
    void aCaseNotYetRecommendedSaysSoAndHasNoJournal() {
        SelectionCase fresh = new SelectionCase();
        fresh.setCaseNo("2025-008");
        fresh.setKind(SelectionKind.APPOINT);
        fresh.setTitle("副局长人选");
        fresh.setStep(SelectionStep.INITIATION);
        fresh.setStatus(CaseStatus.OPEN);
        fresh.setOpenedAt(T0);
        fresh.setOpenedBy("officer1");
        CaseRecord record = new CaseRecord(
                new CaseFile(fresh, List.of(), List.of(), List.of(), List.of(), List.of()),
                null,
                Map.of(),
                List.of(),
                T0,
                "",
                List.of(),
                Map.of(),
                People.none());

        String text = text(new CaseRecordPdf().render(record), true);

        assertThat(text).contains("二、民主推荐尚未进行", "五、讨论决定尚无讨论决定会议记录", "十、全程纪实记录无记录");
    }

    @Test
    void theEnglishCopyUsesTheEnglishLabels() {
        String text = text(new CaseRecordPdf(Locale.ENGLISH).render(record(journal())));

        assertThat(text).contains("2025-007", "张建华");
    }

    @Test
    void theCaseJournalsSubjectIsOnTheHistoryAllowList() {
        assertThat(AuditReader.HISTORY_SUBJECT_TYPES).contains(CaseJournal.SUBJECT);
    }

    /** What looks like a message key: lower-case words joined by dots. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+\\.[a-zA-Z.]+");

    @Test
    void aFullCaseReadsAsADocumentWithoutMessageKeysOrLoginIds() {
        String text = text(new CaseRecordPdf().render(record(journal())));

        assertThat(MESSAGE_KEY.matcher(text).results().map(MatchResult::group).toList())
                .isEmpty();
        assertThat(text).doesNotContain("officer1", "director2");
        assertThat(text)
                .contains("基本资格", "以下基本资格需人工核实：培训、身体条件")
                .contains("凡提四必", "尚缺：干部档案审核、廉洁自律结论")
                .contains("示例把关")
                .contains("王建国", "钱主任");
    }

    @Test
    void aPublicityWithoutReportsIsCalledQuietOnlyOnceItHasEnded() {
        reported = false;
        // The publicity runs from 9 to 15 April 2025.
        String running = text(new CaseRecordPdf().render(record(journal(), Instant.parse("2025-04-12T02:00:00Z"))));
        String ended = text(new CaseRecordPdf().render(record(journal(), Instant.parse("2025-04-16T02:00:00Z"))));

        assertThat(running).contains("公示期尚未结束").doesNotContain("公示期间未收到反映");
        assertThat(ended).contains("公示期间未收到反映").doesNotContain("公示期尚未结束");
    }

    @Test
    void aSkippedPublicityShowsItsGroundAndExplanation() {
        c.publicity().setPublicityFrom(null);
        c.publicity().setPublicityTo(null);
        c.publicity().setPublicitySkipGround(PublicitySkipGround.PUBLICIZED_AT_ELECTION);
        c.publicity().setPublicitySkipped("2024年换届考察时已公示");

        String text = text(new CaseRecordPdf().render(record(journal())));

        assertThat(text).contains("不公示依据换届考察时已公示", "不公示原因2024年换届考察时已公示");
    }
}
