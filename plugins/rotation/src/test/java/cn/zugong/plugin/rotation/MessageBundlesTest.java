package cn.zugong.plugin.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.avoidance.ConflictKind;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import cn.zugong.plugin.rotation.due.DueRule;
import cn.zugong.plugin.rotation.exchange.ExchangeReason;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import cn.zugong.plugin.rotation.extension.AvoidanceGate;
import cn.zugong.plugin.rotation.extension.BatchGate;
import cn.zugong.plugin.rotation.extension.ExchangesDone;
import cn.zugong.plugin.rotation.extension.MustExchange;
import cn.zugong.plugin.rotation.extension.OpenFindings;
import cn.zugong.plugin.rotation.extension.ReminderJob;
import cn.zugong.plugin.rotation.extension.RotationMessages;
import cn.zugong.plugin.rotation.extension.ShouldExchange;
import cn.zugong.plugin.rotation.extension.TermGate;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.PlanConstraints;
import cn.zugong.plugin.rotation.service.AuditedActions;
import cn.zugong.plugin.rotation.term.EarlyExit;
import cn.zugong.plugin.rotation.ui.RotationViews;
import cn.zugong.testkit.MessageBundleChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** The platform's checks of every plugin's bundles (SDK testkit); what follows is this plugin's own. */
    private final MessageBundleChecks bundles = MessageBundleChecks.of(new RotationMessages(), "rotation");

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
        Stream.of(DueRule.values()).map(DueRule::messageKey).forEach(keys::add);
        Stream.of(DueRule.DueList.values()).map(DueRule.DueList::messageKey).forEach(keys::add);
        Stream.of(Kinship.values()).map(Kinship::messageKey).forEach(keys::add);
        Stream.of(ConflictKind.values()).map(ConflictKind::messageKey).forEach(keys::add);
        Stream.of(ConflictKind.values())
                .map(k -> "rotation.gate.avoidance." + k.name())
                .forEach(keys::add);
        Stream.of(FindingStatus.values()).map(FindingStatus::messageKey).forEach(keys::add);
        Stream.of(FindingStatus.values())
                .filter(FindingStatus::needsNote)
                .map(s -> "rotation.finding.noteRequired." + s.name())
                .forEach(keys::add);
        Stream.of(EarlyExit.values()).map(EarlyExit::messageKey).forEach(keys::add);
        Stream.of(
                        "BUREAU_PRINCIPAL",
                        "BUREAU_DEPUTY",
                        "COUNTY_PRINCIPAL",
                        "COUNTY_DEPUTY",
                        "TOWNSHIP_PRINCIPAL",
                        "TOWNSHIP_DEPUTY")
                .map(level -> "rotation.level." + level)
                .forEach(keys::add);
        Stream.of(ExchangeStatus.values()).map(ExchangeStatus::messageKey).forEach(keys::add);
        Stream.of(PlanStatus.values()).map(PlanStatus::messageKey).forEach(keys::add);
        Stream.of(ExchangeType.values())
                .map(t -> "rotation.exchange.type." + t.name())
                .forEach(keys::add);
        Stream.of(Mover.Reason.values())
                .map(r -> "rotation.plan.reason." + r.name())
                .forEach(keys::add);
        IntStream.rangeClosed(ExchangeReason.WORK_NEED, ExchangeReason.OTHER)
                .mapToObj(ExchangeReason::messageKey)
                .forEach(keys::add);
        // Each constraint a move is explained by (PlanConstraints' names).
        for (java.lang.reflect.Field field : PlanConstraints.class.getFields()) {
            if (field.getType() == String.class) {
                try {
                    keys.add("rotation.plan.constraint." + field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // The rules page labels every rule key.
        RotationRules.defaults().keySet().forEach(k -> keys.add(RotationRules.PACK_ID + ".rule." + k));
        bundles.containsAll(keys);
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() {
        // Ids the platform knows the plugin's extensions and permissions by, not message keys
        // (literals ending in a dot are prefixes completed by an enum name, checked above).
        Set<String> keys = bundles.keysWrittenInCodeExist(
                Path.of("src/main/java"),
                List.of(
                        RotationRules.PACK_ID,
                        AvoidanceGate.ID,
                        TermGate.ID,
                        BatchGate.ID,
                        MustExchange.ID,
                        ShouldExchange.ID,
                        OpenFindings.ID,
                        ExchangesDone.ID,
                        ReminderJob.ID,
                        RotationViews.VIEW.id(),
                        RotationViews.MANAGE.id()));
        assertThat(keys).hasSizeGreaterThan(30);
    }
}
