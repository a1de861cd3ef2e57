package cn.zugong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.i18n.MessageBundleContribution;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageBundleChecksTest {

    private static final Map<String, String> CHINESE = Map.of(
            "memo.plugin.description", "备忘录",
            "memo.note.tooLong", "备忘不能超过 {0} 字",
            "memo.audit.note.create", "新建备忘",
            "memo.audit.subject.note", "备忘",
            "memo.state.OPEN", "未办");
    private static final Map<String, String> ENGLISH = Map.of(
            "memo.plugin.description", "Memos",
            "memo.note.tooLong", "A memo has {0} characters at most",
            "memo.audit.note.create", "Memo created",
            "memo.audit.subject.note", "Memo",
            "memo.state.OPEN", "Open");

    @TempDir
    Path dir;

    @Test
    void aGoodBundlePassesEveryCheck() throws IOException {
        MessageBundleChecks bundles = bundles(CHINESE, ENGLISH);

        assertThatCode(bundles::checkAll).doesNotThrowAnyException();
        assertThatCode(() -> bundles.labelsTheAudit(List.of("note.create"), List.of("note")))
                .doesNotThrowAnyException();
        assertThat(bundles.chinese()).containsEntry("memo.state.OPEN", "未办");
        assertThat(bundles.english()).containsEntry("memo.state.OPEN", "Open");
    }

    @Test
    void theBundleOfAContributionIsReadWithItsClassLoader() {
        MessageBundleContribution contribution = () -> "cn.zugong.testkit.fixture.i18n.memo";

        MessageBundleChecks bundles = MessageBundleChecks.of(contribution, "memo");

        assertThat(bundles.chinese()).isEqualTo(CHINESE);
        assertThat(bundles.english()).isEqualTo(ENGLISH);
    }

    @Test
    void aKeyInOneLanguageOnlyFails() throws IOException {
        Map<String, String> english = new LinkedHashMap<>(ENGLISH);
        english.remove("memo.state.OPEN");
        english.put("memo.state.CLOSED", "Closed");

        assertThatThrownBy(() -> bundles(CHINESE, english).sameKeysInBothLanguages())
                .hasMessageContaining("only in zh_CN [memo.state.OPEN]")
                .hasMessageContaining("only in en [memo.state.CLOSED]");
    }

    @Test
    void aKeyOutsideThePluginIdOrWithoutATextFails() throws IOException {
        assertThatThrownBy(() -> bundles(with(CHINESE, "notes.title", "备忘"), with(ENGLISH, "notes.title", "Memos"))
                        .everyKeyUnderThePluginIdWithAText())
                .hasMessageContaining("zh_CN notes.title (not under memo.)");
        assertThatThrownBy(() ->
                        bundles(with(CHINESE, "memo.state.OPEN", " "), ENGLISH).everyKeyUnderThePluginIdWithAText())
                .hasMessageContaining("zh_CN memo.state.OPEN (no text)");
    }

    @Test
    void placeholdersThatDifferBetweenTheLanguagesFail() throws IOException {
        MessageBundleChecks bundles =
                bundles(CHINESE, with(ENGLISH, "memo.note.tooLong", "A memo has {1} characters at most"));

        assertThatThrownBy(bundles::bothLanguagesUseTheSamePlaceholders)
                .hasMessageContaining("memo.note.tooLong (zh_CN [0], en [1])");
    }

    @Test
    void anApostropheOrABrokenFormatFails() throws IOException {
        assertThatThrownBy(() -> bundles(CHINESE, with(ENGLISH, "memo.state.OPEN", "Don't close"))
                        .everyTextIsAMessageFormat())
                .hasMessageContaining("en memo.state.OPEN (apostrophe)");
        assertThatThrownBy(() -> bundles(CHINESE, with(ENGLISH, "memo.state.OPEN", "Open {0"))
                        .everyTextIsAMessageFormat())
                .hasMessageContaining("en memo.state.OPEN (");
    }

    @Test
    void aMissingDescriptionAuditLabelOrNamedKeyFails() throws IOException {
        Map<String, String> chinese = new LinkedHashMap<>(CHINESE);
        chinese.remove("memo.plugin.description");
        Map<String, String> english = new LinkedHashMap<>(ENGLISH);
        english.remove("memo.plugin.description");
        assertThatThrownBy(() -> bundles(chinese, english).describesThePlugin())
                .hasMessageContaining("zh_CN memo.plugin.description")
                .hasMessageContaining("en memo.plugin.description");

        MessageBundleChecks bundles = bundles(CHINESE, ENGLISH);
        assertThatThrownBy(() -> bundles.labelsTheAudit(List.of("note.delete"), List.of("note")))
                .hasMessageContaining("memo.audit.note.delete");
        assertThatThrownBy(() -> bundles.labelsTheAudit(List.of("note.create"), List.of("folder")))
                .hasMessageContaining("memo.audit.subject.folder");
        assertThatThrownBy(() -> bundles.containsAll(List.of("memo.state.OPEN", "memo.state.DONE")))
                .hasMessage("Keys without a text: zh_CN memo.state.DONE, en memo.state.DONE");
    }

    @Test
    void theKeysTheCodeWritesAreFoundAndChecked() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/main/java/com/acme/memo"));
        Files.writeString(
                sources.resolve("Memo.java"),
                """
                class Memo {
                    static final String ID = "memo.reminder";
                    String tooLong = "memo.note.tooLong";
                    String state = "memo.state." + "OPEN";
                    String other = "notes.title";
                }
                """);
        MessageBundleChecks bundles = bundles(CHINESE, ENGLISH);

        assertThat(bundles.keysWrittenInCodeExist(dir.resolve("src/main/java"), List.of("memo.reminder")))
                .containsExactly("memo.note.tooLong");
        assertThatThrownBy(() -> bundles.keysWrittenInCodeExist(dir.resolve("src/main/java"), List.of()))
                .hasMessageContaining("memo.reminder");
        assertThatThrownBy(() -> bundles.keysWrittenInCodeExist(
                        dir.resolve("src/main/java"), List.of("memo.reminder", "memo.note.tooLong")))
                .hasMessageContaining("No message key under memo.");
    }

    @Test
    void aMissingLanguageFails() throws IOException {
        write("i18n/memo_zh_CN.properties", CHINESE);

        assertThatThrownBy(() -> MessageBundleChecks.of(loader(), "i18n.memo", "memo"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("No message bundle i18n/memo_en.properties");
    }

    private MessageBundleChecks bundles(Map<String, String> chinese, Map<String, String> english) throws IOException {
        write("i18n/memo_zh_CN.properties", chinese);
        write("i18n/memo_en.properties", english);
        return MessageBundleChecks.of(loader(), "i18n.memo", "memo");
    }

    private void write(String name, Map<String, String> texts) throws IOException {
        StringBuilder file = new StringBuilder("# UTF-8, as a plugin's bundles\n");
        texts.forEach((key, text) -> file.append(key).append('=').append(text).append('\n'));
        Path path = dir.resolve("classes").resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, file, StandardCharsets.UTF_8);
    }

    private ClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null);
    }

    private static Map<String, String> with(Map<String, String> texts, String key, String text) {
        Map<String, String> changed = new LinkedHashMap<>(texts);
        changed.put(key, text);
        return changed;
    }
}
