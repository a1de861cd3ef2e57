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
import cn.zugong.plugin.rotation.extension.ShouldExchange;
import cn.zugong.plugin.rotation.extension.TermGate;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.PlanConstraints;
import cn.zugong.plugin.rotation.service.AuditedActions;
import cn.zugong.plugin.rotation.term.EarlyExit;
import cn.zugong.plugin.rotation.ui.RotationViews;
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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(rotation\\.[A-Za-z0-9_.]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Properties chinese = load("/i18n/rotation_zh_CN.properties");
    private final Properties english = load("/i18n/rotation_en.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void everyAuditedActionAndRecordHasWordsForTheAuditors() {
        for (Properties bundle : List.of(chinese, english)) {
            AuditedActions.ACTIONS.forEach(action -> assertThat(bundle.getProperty("rotation.audit." + action))
                    .as("rotation.audit." + action)
                    .isNotBlank());
            AuditedActions.SUBJECT_TYPES.forEach(
                    type -> assertThat(bundle.getProperty("rotation.audit.subject." + type))
                            .as("rotation.audit.subject." + type)
                            .isNotBlank());
        }
    }

    @Test
    void theModulesPageDescribesTheModule() {
        // The tenant-admin's module page shows <plugin id>.plugin.description for a running plugin.
        assertThat(chinese.getProperty("rotation.plugin.description")).isNotBlank();
        assertThat(english.getProperty("rotation.plugin.description")).isNotBlank();
    }

    @Test
    void everyKeyIsPrefixedWithThePluginIdAndHasAText() {
        for (Properties bundle : List.of(chinese, english)) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(key).startsWith("rotation.");
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
