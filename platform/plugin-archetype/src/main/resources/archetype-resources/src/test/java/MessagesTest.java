package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, under the plugin's id. */
class MessagesTest {

    private final ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
    private final ResourceBundle english = bundle(Locale.ENGLISH);

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(chinese.keySet());
    }

    @Test
    void everyKeyStartsWithThePluginsId() {
        assertThat(chinese.keySet()).allSatisfy(key -> assertThat(key).startsWith(NotesPlugin.ID + "."));
    }

    @Test
    void theKeysTheCodeNamesAreThere() {
        List<String> named = List.of(
                NotesPlugin.key("plugin.description"),
                NotesPlugin.key("menu"),
                NotesPlugin.key("title"),
                NotesPlugin.key("note.empty"),
                NotesPlugin.key("note.tooLong"),
                NotesPlugin.key("notice.none"),
                NotesPlugin.key("gate.noNote"),
                NotesPlugin.key("gate.noted"),
                new NotesGate(null).nameKey(),
                new NotesThisMonth(null).nameKey());
        assertThat(chinese.keySet()).containsAll(named);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                new NotesMessages().baseName(), locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
