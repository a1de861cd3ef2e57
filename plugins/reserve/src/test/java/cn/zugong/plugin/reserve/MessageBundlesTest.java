package cn.zugong.plugin.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.extension.DeputyRatio;
import cn.zugong.plugin.reserve.extension.PrincipalRatio;
import cn.zugong.plugin.reserve.extension.ReserveMessages;
import cn.zugong.plugin.reserve.extension.UsedReserveGate;
import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.service.AuditedActions;
import cn.zugong.plugin.reserve.ui.ReserveViews;
import cn.zugong.testkit.MessageBundleChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** The platform's checks of every plugin's bundles (SDK testkit); what follows is this plugin's own. */
    private final MessageBundleChecks bundles = MessageBundleChecks.of(new ReserveMessages(), "reserve");

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
        Stream.of(Education.values()).map(Education::messageKey).forEach(keys::add);
        Stream.of(Dimension.values()).map(Dimension::messageKey).forEach(keys::add);
        Stream.of(CandidateState.values()).map(CandidateState::messageKey).forEach(keys::add);
        Stream.of(NominationSource.values()).map(NominationSource::messageKey).forEach(keys::add);
        Stream.of(Horizon.values()).map(Horizon::messageKey).forEach(keys::add);
        Stream.of(cn.zugong.plugin.reserve.rules.ExitReason.values())
                .map(cn.zugong.plugin.reserve.rules.ExitReason::messageKey)
                .forEach(keys::add);
        Stream.of(cn.zugong.plugin.reserve.pool.PlanKind.values())
                .map(cn.zugong.plugin.reserve.pool.PlanKind::messageKey)
                .forEach(keys::add);
        Stream.of(cn.zugong.plugin.reserve.pool.ReviewOutcome.values())
                .map(cn.zugong.plugin.reserve.pool.ReviewOutcome::messageKey)
                .forEach(keys::add);
        // The registry's assessment grades (SDK CadreProfile), shown by the annual review.
        Stream.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT", "UNGRADED")
                .map(g -> "reserve.grade." + g)
                .forEach(keys::add);
        Stream.of("PRINCIPAL", "DEPUTY").map(t -> "reserve.tier." + t).forEach(keys::add);
        // The rules page labels every rule key.
        ReserveRules.defaults().keySet().forEach(k -> keys.add(ReserveRules.PACK_ID + ".rule." + k));
        bundles.containsAll(keys);
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() {
        // Ids the platform knows the plugin's permissions and gate by, not message keys
        // (literals ending in a dot are prefixes completed by an enum name, checked above).
        Set<String> keys = bundles.keysWrittenInCodeExist(
                Path.of("src/main/java"),
                List.of(
                        ReserveViews.VIEW.id(),
                        ReserveViews.MANAGE.id(),
                        UsedReserveGate.ID,
                        PrincipalRatio.ID,
                        DeputyRatio.ID,
                        cn.zugong.plugin.reserve.extension.WomenShare.ID,
                        cn.zugong.plugin.reserve.extension.NonPartyShare.ID,
                        cn.zugong.plugin.reserve.extension.ReviewedMembers.ID,
                        cn.zugong.plugin.reserve.extension.ReminderJob.ID));
        assertThat(keys).hasSizeGreaterThan(40);
    }
}
