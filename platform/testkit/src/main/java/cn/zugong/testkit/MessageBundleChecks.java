package cn.zugong.testkit;

import cn.zugong.api.i18n.MessageBundleContribution;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks every plugin's message bundle must pass, for a plugin's unit test: its Chinese
 * ({@code _zh_CN}, the default) and English ({@code _en}) files have the same keys, each under the
 * plugin's id and with a text, the same placeholders in both languages, a text {@link
 * MessageFormat} can use, the module page's description, the audit trail's words and every key
 * the plugin's code or domain names. Each check throws an {@link AssertionError} that lists every
 * key at fault, so that one run shows all that is to mend.
 *
 * <pre>{@code
 * class MessagesTest {
 *
 *     private final MessageBundleChecks bundles = MessageBundleChecks.of(new NotesMessages(), "notes");
 *
 *     @Test
 *     void theBundlesFollowThePlatformsRules() {
 *         bundles.checkAll();
 *     }
 *
 *     @Test
 *     void everyKeyTheCodeWritesExists() {
 *         assertThat(bundles.keysWrittenInCodeExist(Path.of("src/main/java"), List.of(NotesGate.ID)))
 *                 .hasSizeGreaterThan(5);
 *     }
 * }
 * }</pre>
 *
 * <p>The files are read as UTF-8 {@code .properties} by the class loader of the bundle's class
 * (the plugin's), without a fallback from one language to the other, so a key that only one file
 * has is found.
 *
 * @since 1.3.0
 */
public final class MessageBundleChecks {

    /** Placeholders of {@link MessageFormat}, such as {@code {0}} or {@code {1,number}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private final String pluginId;
    private final Map<String, String> chinese;
    private final Map<String, String> english;

    private MessageBundleChecks(String pluginId, Map<String, String> chinese, Map<String, String> english) {
        this.pluginId = pluginId;
        this.chinese = chinese;
        this.english = english;
    }

    /**
     * The bundle a plugin contributes, read with its class's loader.
     *
     * @param bundle the plugin's {@link MessageBundleContribution}
     * @param pluginId the plugin's id, which starts every key
     */
    public static MessageBundleChecks of(MessageBundleContribution bundle, String pluginId) {
        return of(bundle.getClass().getClassLoader(), bundle.baseName(), pluginId);
    }

    /**
     * A bundle by its base name, as {@link java.util.ResourceBundle} names it ({@code i18n.notes}
     * for {@code i18n/notes_zh_CN.properties} and {@code i18n/notes_en.properties}).
     *
     * @throws AssertionError when either file is missing
     */
    public static MessageBundleChecks of(ClassLoader loader, String baseName, String pluginId) {
        Objects.requireNonNull(pluginId, "pluginId");
        String path = baseName.replace('.', '/');
        return new MessageBundleChecks(
                pluginId, load(loader, path + "_zh_CN.properties"), load(loader, path + "_en.properties"));
    }

    /** The Chinese texts by key. */
    public Map<String, String> chinese() {
        return chinese;
    }

    /** The English texts by key. */
    public Map<String, String> english() {
        return english;
    }

    /** Every check that needs nothing of the plugin but its id, one after the other. */
    public void checkAll() {
        sameKeysInBothLanguages();
        everyKeyUnderThePluginIdWithAText();
        bothLanguagesUseTheSamePlaceholders();
        everyTextIsAMessageFormat();
        describesThePlugin();
    }

    /** Both files have exactly the same keys. */
    public void sameKeysInBothLanguages() {
        Set<String> onlyChinese = new TreeSet<>(chinese.keySet());
        onlyChinese.removeAll(english.keySet());
        Set<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(chinese.keySet());
        if (!onlyChinese.isEmpty() || !onlyEnglish.isEmpty()) {
            throw new AssertionError(
                    "The languages' keys differ: only in zh_CN " + onlyChinese + ", only in en " + onlyEnglish);
        }
    }

    /** Every key starts with the plugin's id and a dot, and has a text that is not blank. */
    public void everyKeyUnderThePluginIdWithAText() {
        List<String> faults = new ArrayList<>();
        eachText((language, key, text) -> {
            if (!key.startsWith(pluginId + ".")) {
                faults.add(language + " " + key + " (not under " + pluginId + ".)");
            }
            if (text.isBlank()) {
                faults.add(language + " " + key + " (no text)");
            }
        });
        failIfAny("Keys outside the plugin's id or without a text", faults);
    }

    /** A key's texts in both languages have the same placeholders ({@code {0}}, {@code {1}} …). */
    public void bothLanguagesUseTheSamePlaceholders() {
        List<String> faults = new ArrayList<>();
        for (String key : new TreeSet<>(chinese.keySet())) {
            if (english.containsKey(key) && !placeholders(chinese.get(key)).equals(placeholders(english.get(key)))) {
                faults.add(key + " (zh_CN " + placeholders(chinese.get(key)) + ", en " + placeholders(english.get(key))
                        + ")");
            }
        }
        failIfAny("Placeholders that differ between the languages", faults);
    }

    /**
     * Every text formats as a {@link MessageFormat} to something not blank, and has no apostrophe:
     * a lone one would swallow the rest of the message (write {@code ’} instead).
     */
    public void everyTextIsAMessageFormat() {
        List<String> faults = new ArrayList<>();
        eachText((language, key, text) -> {
            if (text.contains("'")) {
                faults.add(language + " " + key + " (apostrophe)");
                return;
            }
            try {
                if (new MessageFormat(text)
                        .format(new Object[] {"a", "b", "c", "d", "e"})
                        .isBlank()) {
                    faults.add(language + " " + key + " (formats to nothing)");
                }
            } catch (IllegalArgumentException e) {
                faults.add(language + " " + key + " (" + e.getMessage() + ")");
            }
        });
        failIfAny("Texts that are no message format", faults);
    }

    /** The tenant administrator's module page shows {@code <pluginId>.plugin.description}. */
    public void describesThePlugin() {
        containsAll(List.of(pluginId + ".plugin.description"));
    }

    /**
     * The audit trail's words for what the plugin records: {@code <pluginId>.audit.<action>} for
     * each action and {@code <pluginId>.audit.subject.<type>} for each kind of record, as the audit
     * page looks them up.
     *
     * @param actions the actions as the plugin passes them to {@code PluginAudit} (without its id)
     * @param subjectTypes the kinds of record it names
     */
    public void labelsTheAudit(Collection<String> actions, Collection<String> subjectTypes) {
        List<String> keys = new ArrayList<>();
        actions.forEach(action -> keys.add(pluginId + ".audit." + action));
        subjectTypes.forEach(type -> keys.add(pluginId + ".audit.subject." + type));
        containsAll(keys);
    }

    /** Each key is in both languages with a text: the labels of the values the plugin shows, say. */
    public void containsAll(Collection<String> keys) {
        List<String> faults = new ArrayList<>();
        for (String key : new TreeSet<>(keys)) {
            if (chinese.getOrDefault(key, "").isBlank()) {
                faults.add("zh_CN " + key);
            }
            if (english.getOrDefault(key, "").isBlank()) {
                faults.add("en " + key);
            }
        }
        failIfAny("Keys without a text", faults);
    }

    /**
     * Every key the plugin's code writes as a string literal ({@code "<pluginId>.…"}) is in the
     * bundles. A literal ending in a dot is a prefix the code completes (with an enum's name, say),
     * so it is left out: check those keys with {@link #containsAll}.
     *
     * @param sources the plugin's main sources, {@code src/main/java} in a Maven build
     * @param notKeys literals under the plugin's id that are no message key (ids of extensions,
     *     permissions, rule packs)
     * @return the keys found and checked, for a test to make sure the search found some
     * @throws AssertionError when the sources hold no key at all, or a key is missing
     */
    public Set<String> keysWrittenInCodeExist(Path sources, Collection<String> notKeys) {
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(pluginId) + "\\.[A-Za-z0-9_.]*)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used.removeAll(Set.copyOf(notKeys));
        used.removeIf(key -> key.endsWith("."));
        if (used.isEmpty()) {
            throw new AssertionError("No message key under " + pluginId + ". written in " + sources);
        }
        containsAll(used);
        return Set.copyOf(used);
    }

    private interface TextCheck {
        void check(String language, String key, String text);
    }

    private void eachText(TextCheck check) {
        new TreeSet<>(chinese.keySet()).forEach(key -> check.check("zh_CN", key, chinese.get(key)));
        new TreeSet<>(english.keySet()).forEach(key -> check.check("en", key, english.get(key)));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void failIfAny(String what, List<String> faults) {
        if (!faults.isEmpty()) {
            throw new AssertionError(what + ": " + String.join(", ", faults));
        }
    }

    private static Map<String, String> load(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("No message bundle " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
