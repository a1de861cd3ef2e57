package cn.zugong.plugin.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.course.CourseCategory;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseScope;
import cn.zugong.plugin.training.course.OrganizerKind;
import cn.zugong.plugin.training.data.RecordSource;
import cn.zugong.plugin.training.enrollment.Enrollment;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import cn.zugong.plugin.training.enrollment.EnrollmentStatus;
import cn.zugong.plugin.training.extension.ReminderJob;
import cn.zugong.plugin.training.extension.RequirementGate;
import cn.zugong.plugin.training.extension.TrainingMessages;
import cn.zugong.plugin.training.extension.WindowCompletion;
import cn.zugong.plugin.training.extension.YearCompletion;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.requirement.Tier;
import cn.zugong.plugin.training.service.AuditedActions;
import cn.zugong.plugin.training.ui.TrainingViews;
import cn.zugong.testkit.MessageBundleChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** The platform's checks of every plugin's bundles (SDK testkit); what follows is this plugin's own. */
    private final MessageBundleChecks bundles = MessageBundleChecks.of(new TrainingMessages(), "training");

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
        Stream.of(CourseMode.values()).map(CourseMode::messageKey).forEach(keys::add);
        Stream.of(CourseCategory.values()).map(CourseCategory::messageKey).forEach(keys::add);
        Stream.of(OrganizerKind.values()).map(OrganizerKind::messageKey).forEach(keys::add);
        Stream.of(CourseScope.values()).map(CourseScope::messageKey).forEach(keys::add);
        Stream.of(EnrollmentStatus.values()).map(EnrollmentStatus::messageKey).forEach(keys::add);
        Stream.of(EnrollmentResult.values()).map(EnrollmentResult::messageKey).forEach(keys::add);
        Stream.of(Tier.values()).map(Tier::messageKey).forEach(keys::add);
        Stream.of(FollowUpStatus.values()).map(FollowUpStatus::messageKey).forEach(keys::add);
        Stream.of(ImportField.values()).map(ImportField::messageKey).forEach(keys::add);
        Stream.of(RecordSource.values()).map(RecordSource::messageKey).forEach(keys::add);
        // The moves the catalogue offers on an enrollment (EnrollmentActions).
        Stream.of("select", "attend", "leave", "result", "withdraw", "credit", "archive", "revoke")
                .map(action -> "training.enrollment.action." + action)
                .forEach(keys::add);
        // Every state something can move to has its refusal.
        Stream.of(EnrollmentStatus.values())
                .flatMap(s -> s.next().stream())
                .distinct()
                .map(Enrollment::illegalMoveKey)
                .forEach(keys::add);
        // The rules page labels every rule key; the notices name their status or what is behind.
        TrainingRules.defaults().keySet().forEach(k -> keys.add(TrainingRules.PACK_ID + ".rule." + k));
        Stream.of(FollowUpStatus.REMINDER_DUE, FollowUpStatus.OVERDUE)
                .map(s -> "training.notice.followUp." + s.name())
                .forEach(keys::add);
        Stream.of("year", "window").map(k -> "training.notice.behind." + k).forEach(keys::add);
        bundles.containsAll(keys);
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() {
        // Ids the platform knows the plugin's extensions and permissions by, not message keys
        // (literals ending in a dot are prefixes completed by an enum name, checked above).
        Set<String> keys = bundles.keysWrittenInCodeExist(
                Path.of("src/main/java"),
                List.of(
                        TrainingRules.PACK_ID,
                        RequirementGate.ID,
                        YearCompletion.ID,
                        WindowCompletion.ID,
                        ReminderJob.ID,
                        cn.zugong.plugin.training.extension.StandingFacts.SHORT,
                        TrainingViews.VIEW.id(),
                        TrainingViews.MANAGE.id()));
        assertThat(keys).hasSizeGreaterThan(30);
    }
}
