package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.ChainHash;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.record.CaseRecord;
import cn.zugong.core.selection.record.CaseRecordPdf;
import cn.zugong.core.selection.record.People;
import cn.zugong.ui.i18n.PortalI18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The whole-process record as the case page prints it, with the portal's Chinese bundle and a
 * plugin's: every reason the platform's gates give, the gates' names (a plugin's from its own
 * bundle) and the people who acted read as words, with no message key and no login id left.
 */
class CaseRecordWordsTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z]+\\.[a-zA-Z.]+");
    private static final Instant T0 = Instant.parse("2026-03-03T01:30:00Z");

    private final CaseFixture fixture = new CaseFixture(SelectionStep.DECISION);
    private final UUID wang = fixture.candidate("王明", true);

    private GateRecord gate(String gateId, GateResult.Outcome outcome, String reasonKey, String args) {
        GateRecord g = fixture.gate(wang, SelectionStep.DECISION, outcome, reasonKey, args);
        g.setGateId(gateId);
        return g;
    }

    private AuditEntry event(String actor, String action, String by, Object... details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("step", "DECISION");
        values.put(CaseJournal.BY, by);
        for (int i = 0; i < details.length; i += 2) {
            values.put((String) details[i], details[i + 1]);
        }
        return AuditEntry.chain(
                "ab".repeat(32),
                "510115",
                7,
                UUID.randomUUID(),
                ChainHash.storable(T0),
                actor,
                action,
                CaseJournal.SUBJECT,
                fixture.selectionCase.getId().toString(),
                "2026-001",
                null,
                AuditJson.of(values));
    }

    @Test
    void everyGateReasonNameAndPersonPrintsInWords() throws IOException {
        fixture.selectionCase.setOpenedBy("wenjiang-officer");
        gate("core.quota", GateResult.Outcome.BLOCK, "selection.gate.quota.full", "3\u001f3");
        gate("core.quota", GateResult.Outcome.PASS, "selection.gate.quota.free", "3\u001f2");
        gate(
                "core.four-checks",
                GateResult.Outcome.BLOCK,
                "selection.gate.checks.missing",
                "@selection.check.integritySignedOn, @selection.check.exceptionalApproval");
        gate("core.four-checks", GateResult.Outcome.PASS, "selection.gate.checks.complete", "");
        gate(
                "core.eligibility",
                GateResult.Outcome.WARNING,
                "selection.gate.eligibility.warning",
                "@eligibility.rule.TRAINING, @eligibility.rule.HEALTH");
        gate(
                "core.eligibility",
                GateResult.Outcome.BLOCK,
                "selection.gate.eligibility.fail",
                "@eligibility.rule.WORK_YEARS");
        gate("core.eligibility", GateResult.Outcome.PASS, "selection.gate.eligibility.pass", "");
        gate("core.eligibility", GateResult.Outcome.PASS, "selection.gate.eligibility.notPromotion", "");
        gate("core.quota", GateResult.Outcome.PASS, "selection.gate.notApplicable", "");
        gate("training.requirement", GateResult.Outcome.WARNING, "selection.gate.failed", "@training.requirement");
        GateRecord overridden = gate("training.requirement", GateResult.Outcome.BLOCK, "training.gate.short", "40");
        overridden.setPluginId("training");
        overridden.setOverrideBy("wenjiang-admin");
        overridden.setOverrideAt(T0);
        overridden.setOverrideReason("已安排一年内补足学时");
        List<AuditEntry> journal = new ArrayList<>();
        journal.add(event("wenjiang-officer", "selection.open", "李建国"));
        journal.add(event(
                "wenjiang-admin",
                "selection.gate.override",
                "赵秀英",
                "gate",
                "training.requirement",
                "cadre",
                wang,
                "reason",
                "training.gate.short",
                "justification",
                "已安排一年内补足学时"));
        ListResourceBundle training = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"training.requirement", "培训学时要求"}, {"training.gate.short", "近五年培训学时差 {0} 学时"}};
            }
        };
        CaseFile file = fixture.context(false).file();

        byte[] pdf = new CaseRecordPdf()
                .render(new CaseRecord(
                        file,
                        "区发展和改革局副局长",
                        fixture.names,
                        journal,
                        T0,
                        "李建国",
                        List.of(PortalI18NProvider.messages(PortalI18NProvider.CHINESE), training),
                        Map.of(
                                "core.quota", "selection.gate.quota.name",
                                "core.four-checks", "selection.gate.checks.name",
                                "core.eligibility", "selection.gate.eligibility.name",
                                "training.requirement", "training.requirement"),
                        People.of(journal)));

        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(MESSAGE_KEY.matcher(text).results().map(MatchResult::group).toList())
                .isEmpty();
        assertThat(text).doesNotContain("wenjiang-officer", "wenjiang-admin");
        assertThat(text)
                .contains("立案人李建国", "赵秀英于")
                .contains("以下基本资格需人工核实：培训、身体条件", "培训学时要求", "近五年培训学时差40学时")
                .contains("尚缺：廉洁自律结论、破格的上级批复");
    }
}
