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
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(supervision\\.[A-Za-z0-9_.]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Properties chinese = load("/i18n/supervision_zh_CN.properties");
    private final Properties english = load("/i18n/supervision_en.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void everyAuditedActionAndRecordHasWordsForTheAuditors() {
        for (Properties bundle : List.of(chinese, english)) {
            AuditedActions.ACTIONS.forEach(action -> assertThat(bundle.getProperty("supervision.audit." + action))
                    .as("supervision.audit." + action)
                    .isNotBlank());
            AuditedActions.SUBJECT_TYPES.forEach(
                    type -> assertThat(bundle.getProperty("supervision.audit.subject." + type))
                            .as("supervision.audit.subject." + type)
                            .isNotBlank());
        }
    }

    @Test
    void everyKeyIsPrefixedWithThePluginIdAndHasAText() {
        for (Properties bundle : List.of(chinese, english)) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(key).startsWith("supervision.");
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
