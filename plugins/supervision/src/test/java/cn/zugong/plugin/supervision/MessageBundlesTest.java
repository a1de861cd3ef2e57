package cn.zugong.plugin.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.supervision.econ.AuditKind;
import cn.zugong.plugin.supervision.econ.Responsibility;
import cn.zugong.plugin.supervision.extension.AuditsInPlace;
import cn.zugong.plugin.supervision.extension.ChecksDone;
import cn.zugong.plugin.supervision.extension.CleanPromotionGate;
import cn.zugong.plugin.supervision.extension.ConcealmentGate;
import cn.zugong.plugin.supervision.extension.EconAuditGate;
import cn.zugong.plugin.supervision.extension.MeasureGate;
import cn.zugong.plugin.supervision.extension.PublicReports;
import cn.zugong.plugin.supervision.extension.ReminderJob;
import cn.zugong.plugin.supervision.extension.ReportsOnTime;
import cn.zugong.plugin.supervision.extension.SupervisionMessages;
import cn.zugong.plugin.supervision.extension.TrialsDue;
import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.matters.Handling;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import cn.zugong.plugin.supervision.measure.MeasureKind;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.report.ReportStatus;
import cn.zugong.plugin.supervision.service.AuditNeeds;
import cn.zugong.plugin.supervision.service.AuditedActions;
import cn.zugong.plugin.supervision.trial.TrialOutcome;
import cn.zugong.testkit.MessageBundleChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** The platform's checks of every plugin's bundles (SDK testkit); what follows is this plugin's own. */
    private final MessageBundleChecks bundles = MessageBundleChecks.of(new SupervisionMessages(), "supervision");

    @Test
    void theBundlesFollowThePlatformsRules() {
        bundles.checkAll();
    }

    @Test
    void everyAuditedActionAndRecordHasWordsForTheAuditors() {
        bundles.labelsTheAudit(AuditedActions.ACTIONS, AuditedActions.SUBJECT_TYPES);
    }

    @Test
    void everyLabelOfEveryValueTheDomainShowsExists() {
        List<String> keys = new ArrayList<>();
        Stream.of(ReportStatus.values()).map(ReportStatus::messageKey).forEach(keys::add);
        Stream.of(ReportCategory.values()).map(ReportCategory::messageKey).forEach(keys::add);
        Stream.of(ReportChannel.values()).map(ReportChannel::messageKey).forEach(keys::add);
        Stream.of(HandlingType.values()).map(HandlingType::messageKey).forEach(keys::add);
        Stream.of(Assignment.values()).map(Assignment::messageKey).forEach(keys::add);
        Stream.of(Conclusion.values()).map(Conclusion::messageKey).forEach(keys::add);
        Stream.of(MattersStatus.values()).map(MattersStatus::messageKey).forEach(keys::add);
        Stream.of(Finding.values()).map(Finding::messageKey).forEach(keys::add);
        Stream.of(Handling.values()).map(Handling::messageKey).forEach(keys::add);
        Stream.of(FocusReason.values()).map(FocusReason::messageKey).forEach(keys::add);
        Stream.of(TrialOutcome.values()).map(TrialOutcome::messageKey).forEach(keys::add);
        Stream.of(MeasureKind.values()).map(MeasureKind::messageKey).forEach(keys::add);
        Stream.of(AuditKind.values()).map(AuditKind::messageKey).forEach(keys::add);
        Stream.of(Responsibility.values()).map(Responsibility::messageKey).forEach(keys::add);
        Stream.of(AuditNeeds.State.values())
                .map(st -> "supervision.econ.state." + st.name())
                .forEach(keys::add);
        Stream.of(MeasureKind.values())
                .map(k -> "supervision.gate.measures.barred." + k.name())
                .forEach(keys::add);
        // The buttons of the report and personal-matters panels.
        Stream.of(
                        "accept",
                        "redirect",
                        "insufficient",
                        "assign",
                        "investigate",
                        "extend",
                        "conclude",
                        "feedback",
                        "close",
                        "archive")
                .map(a -> "supervision.report.action." + a)
                .forEach(keys::add);
        Stream.of("submit", "focus", "verify", "consistent", "discrepancy", "requestExplanation", "decide", "lift")
                .map(a -> "supervision.matters.action." + a)
                .forEach(keys::add);
        // Every item of the configured list, and every rule key on the rules page.
        Limits.parse(Map.of()).items().forEach(i -> keys.add("supervision.matters.item." + i));
        SupervisionRules.defaults().keySet().forEach(k -> keys.add("supervision.rule." + k));
        bundles.containsAll(keys);
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() {
        // Ids the platform knows the plugin's extensions and permissions by, not message keys
        // (literals ending in a dot are prefixes completed by an enum name, checked above).
        Set<String> keys = bundles.keysWrittenInCodeExist(
                Path.of("src/main/java"),
                List.of(
                        SupervisionRules.PACK_ID,
                        ConcealmentGate.ID,
                        CleanPromotionGate.ID,
                        MeasureGate.ID,
                        ReportsOnTime.ID,
                        ChecksDone.ID,
                        TrialsDue.ID,
                        ReminderJob.ID,
                        EconAuditGate.ID,
                        AuditsInPlace.ID,
                        PublicReports.KIND));
        assertThat(keys).hasSizeGreaterThan(30);
    }
}
