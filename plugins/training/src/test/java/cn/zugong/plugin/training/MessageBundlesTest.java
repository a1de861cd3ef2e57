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
import cn.zugong.plugin.training.extension.WindowCompletion;
import cn.zugong.plugin.training.extension.YearCompletion;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.requirement.Tier;
import cn.zugong.plugin.training.service.AuditedActions;
import cn.zugong.plugin.training.ui.TrainingViews;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(training\\.[A-Za-z0-9_.]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Properties chinese = load("/i18n/training_zh_CN.properties");
    private final Properties english = load("/i18n/training_en.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void everyAuditedActionAndRecordHasWordsForTheAuditors() {
        for (Properties bundle : List.of(chinese, english)) {
            AuditedActions.ACTIONS.forEach(action -> assertThat(bundle.getProperty("training.audit." + action))
                    .as("training.audit." + action)
                    .isNotBlank());
            AuditedActions.SUBJECT_TYPES.forEach(
                    type -> assertThat(bundle.getProperty("training.audit.subject." + type))
                            .as("training.audit.subject." + type)
                            .isNotBlank());
        }
    }

    @Test
    void everyKeyIsPrefixedWithThePluginIdAndHasAText() {
        for (Properties bundle : List.of(chinese, english)) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(key).startsWith("training.");
                assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void bothLanguagesUseTheSameArgumentsAndFormatAsMessages() {
        for (String key : chinese.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(chinese.getProperty(key)));
            for (Properties bundle : List.of(chinese, english)) {
                String text = bundle.getProperty(key);
                // A lone apostrophe would swallow the rest of the message in MessageFormat.
                assertThat(text).as(key).doesNotContain("'");
                assertThat(new MessageFormat(text).format(new Object[] {"a", "b", "c"}))
                        .as(key)
                        .isNotBlank();
            }
        }
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
        assertThat(chinese.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        // Ids the platform knows the plugin's extensions and permissions by, not message keys.
        used.removeAll(List.of(
                TrainingRules.PACK_ID,
                RequirementGate.ID,
                YearCompletion.ID,
                WindowCompletion.ID,
                ReminderJob.ID,
                cn.zugong.plugin.training.extension.StandingFacts.SHORT,
                TrainingViews.VIEW.id(),
                TrainingViews.MANAGE.id()));
        // Literals ending in a dot are prefixes completed by an enum name, checked above.
        Set<String> keys =
                new TreeSet<>(used.stream().filter(k -> !k.endsWith(".")).toList());
        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(chinese.stringPropertyNames()).containsAll(keys);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
