package cn.zugong.core.selection.record;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.ChainHash;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * One case of a cadre's trace put together from a journal as the case journal writes it: each
 * step with who took it by name, the votes member by member, the withdrawal, the chain link of
 * every line, and no line for a mere print of the record.
 */
class TraceAssemblyTest {

    private static final UUID ZHANG = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID LI = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private final SelectionCase c = selectionCase();

    private static SelectionCase selectionCase() {
        SelectionCase c = new SelectionCase();
        c.setCaseNo("2026-004");
        c.setKind(SelectionKind.APPOINT);
        c.setTitle("教育局副局长人选");
        c.setInitiator("县委书记");
        c.setStep(SelectionStep.PUBLICITY);
        c.setStatus(CaseStatus.OPEN);
        c.setOpenedAt(Instant.parse("2026-03-01T01:00:00Z"));
        c.setOpenedBy("officer1");
        c.setChosenCadreId(ZHANG);
        return c;
    }

    private CaseFile file() {
        SelectionCandidate zhang = new SelectionCandidate(c.getId());
        zhang.setCadreId(ZHANG);
        SelectionCandidate li = new SelectionCandidate(c.getId());
        li.setCadreId(LI);
        return new CaseFile(c, List.of(zhang, li), List.of(), List.of(), List.of(), List.of());
    }

    private List<AuditEntry> journal() {
        List<Object[]> events = List.of(
                new Object[] {"officer1", "王建国", "selection.open", Map.of("kind", "APPOINT", "initiator", "县委书记")},
                new Object[] {
                    "officer1", "王建国", "selection.recommendation.tally", Map.of("cadre", ZHANG, "meetingVotes", 31)
                },
                new Object[] {
                    "officer2",
                    "李考察",
                    "selection.inspection.checks",
                    Map.of("cadre", ZHANG, "fileReviewedOn", "2026-03-20")
                },
                new Object[] {"officer1", "王建国", "selection.record.print", Map.of("events", 3)},
                new Object[] {
                    "officer1",
                    "王建国",
                    "selection.decision.meeting",
                    Map.of(
                            "votes", ZHANG + ":赵书记:AGREE;" + ZHANG + ":钱常委:DISAGREE",
                            "withdrawals", ZHANG + ":孙常委",
                            "result", "ADOPTED")
                });
        List<AuditEntry> entries = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        long seq = 17;
        Instant at = Instant.parse("2026-03-01T01:00:00Z");
        for (Object[] e : events) {
            @SuppressWarnings("unchecked")
            Map<String, Object> details = new LinkedHashMap<>((Map<String, Object>) e[3]);
            details.put(CaseJournal.BY, e[1]);
            AuditEntry entry = AuditEntry.chain(
                    previous,
                    "510115",
                    seq++,
                    UUID.randomUUID(),
                    at,
                    (String) e[0],
                    (String) e[2],
                    CaseJournal.SUBJECT,
                    c.getId().toString(),
                    c.getCaseNo(),
                    null,
                    AuditJson.of(details));
            entries.add(entry);
            previous = entry.hash();
            at = at.plusSeconds(86400);
        }
        return entries;
    }

    private TraceCase trace(Locale locale) {
        return trace(locale, journal());
    }

    private TraceCase trace(Locale locale, List<AuditEntry> journal) {
        return TraceAssembly.of(
                ZHANG, file(), "教育局副局长", Map.of(ZHANG, "张三", LI, "李四"), journal, RecordLabels.of(locale));
    }

    @Test
    void everyStepNamesWhoTookItAndCarriesItsChainLink() {
        List<AuditEntry> journal = journal();
        TraceCase trace = trace(Locale.SIMPLIFIED_CHINESE, journal);

        assertThat(trace.role()).isEqualTo(TraceCase.Role.CHOSEN);
        assertThat(trace.initiator()).isEqualTo("县委书记");
        assertThat(trace.openedBy()).isEqualTo("王建国");
        assertThat(trace.lines()).extracting(TraceLine::seq).containsExactly(17L, 18L, 19L, 21L);
        assertThat(trace.lines()).extracting(TraceLine::actor).containsExactly("王建国", "王建国", "李考察", "王建国");
        assertThat(trace.lines().get(2).hash()).isEqualTo(journal.get(2).hash());
        assertThat(trace.lines().get(2).shortHash()).hasSize(12);
        assertThat(trace.lines().get(0).action()).isEqualTo("立案（动议）");
        assertThat(trace.lines().get(1).details()).contains("张三", "31");
    }

    @Test
    void theMeetingLineShowsEachMembersOpinionAndWhoWithdrewByName() {
        TraceLine meeting = trace(Locale.SIMPLIFIED_CHINESE).lines().getLast();

        assertThat(meeting.details()).contains("赵书记对张三同意", "钱常委对张三不同意", "孙常委回避张三", "通过");
        assertThat(meeting.details()).doesNotContain(ZHANG.toString());
    }

    @Test
    void theTraceReadsInEnglishForAnEnglishReader() {
        TraceLine meeting = trace(Locale.ENGLISH).lines().getLast();

        assertThat(meeting.details()).contains("赵书记 on 张三: Agree", "孙常委 withdrew from 张三");
    }

    @Test
    void aCandidateNotChosenAndASubjectAreToldApart() {
        assertThat(TraceAssembly.role(LI, c)).isEqualTo(TraceCase.Role.CANDIDATE);
        c.setSubjectCadreId(LI);
        assertThat(TraceAssembly.role(LI, c)).isEqualTo(TraceCase.Role.SUBJECT);
    }

    @Test
    void thePrintedTraceNamesTheCaseThePeopleAndTheChainPositions() throws IOException {
        byte[] pdf =
                new TracePdf().render(new CadreTrace(ZHANG, "张三", "510115", List.of(trace(Locale.SIMPLIFIED_CHINESE))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("倒查表：张三", "2026-004", "县委书记", "李考察", "孙常委回避张三", "21");
        }
    }
}
