package cn.zugong.plugin.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.extension.DeputyRatio;
import cn.zugong.plugin.reserve.extension.PrincipalRatio;
import cn.zugong.plugin.reserve.extension.UsedReserveGate;
import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.service.AuditedActions;
import cn.zugong.plugin.reserve.ui.ReserveViews;
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

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(reserve\\.[A-Za-z0-9_.]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Properties chinese = load("/i18n/reserve_zh_CN.properties");
    private final Properties english = load("/i18n/reserve_en.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
    }

    @Test
    void theModulesPageDescribesTheModule() {
        // The tenant-admin's module page shows <plugin id>.plugin.description for a running plugin.
        assertThat(chinese.getProperty("reserve.plugin.description")).isNotBlank();
        assertThat(english.getProperty("reserve.plugin.description")).isNotBlank();
    }

    @Test
    void everyKeyIsPrefixedWithThePluginIdAndHasAText() {
        for (Properties bundle : List.of(chinese, english)) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(key).startsWith("reserve.");
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
    void everyAuditedActionAndRecordHasWordsForTheAuditors() {
        for (Properties bundle : List.of(chinese, english)) {
            AuditedActions.ACTIONS.forEach(action -> assertThat(bundle.getProperty("reserve.audit." + action))
                    .as("reserve.audit." + action)
                    .isNotBlank());
            AuditedActions.SUBJECT_TYPES.forEach(type -> assertThat(bundle.getProperty("reserve.audit.subject." + type))
                    .as("reserve.audit.subject." + type)
                    .isNotBlank());
        }
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
        // Ids the platform knows the plugin's permissions and gate by, not message keys.
        used.removeAll(List.of(
                ReserveViews.VIEW.id(),
                ReserveViews.MANAGE.id(),
                UsedReserveGate.ID,
                PrincipalRatio.ID,
                DeputyRatio.ID,
                cn.zugong.plugin.reserve.extension.WomenShare.ID,
                cn.zugong.plugin.reserve.extension.NonPartyShare.ID,
                cn.zugong.plugin.reserve.extension.ReviewedMembers.ID,
                cn.zugong.plugin.reserve.extension.ReminderJob.ID));
        // Literals ending in a dot are prefixes completed by an enum name, checked above.
        Set<String> keys =
                new TreeSet<>(used.stream().filter(k -> !k.endsWith(".")).toList());
        assertThat(keys).hasSizeGreaterThan(40);
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
