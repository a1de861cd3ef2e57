package ${package};

import cn.zugong.testkit.MessageBundleChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, under the plugin's id, as the platform checks a bundle. */
class MessagesTest {

    private final MessageBundleChecks bundles = MessageBundleChecks.of(new NotesMessages(), NotesPlugin.ID);

    @Test
    void theBundlesFollowThePlatformsRules() {
        // The same keys in both languages, each under the id with a text, the same placeholders,
        // no apostrophe (write ’), and the module page's description.
        bundles.checkAll();
    }

    @Test
    void theKeysTheCodeNamesAreThere() {
        bundles.containsAll(List.of(
                NotesPlugin.key("menu"),
                NotesPlugin.key("title"),
                NotesPlugin.key("note.empty"),
                NotesPlugin.key("note.tooLong"),
                NotesPlugin.key("notice.none"),
                NotesPlugin.key("gate.noNote"),
                NotesPlugin.key("gate.noted"),
                new NotesGate(null).nameKey(),
                new NotesThisMonth(null).nameKey()));
    }
}
