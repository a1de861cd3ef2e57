package cn.zugong.core.selection.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The printed labels of the whole-process record, from {@code record-labels.properties} (UTF-8,
 * Chinese) beside this class; for English, {@code record-labels_en.properties} overrides what it
 * has. Messages of the platform and the plugins (gate names and reasons, the labels they refer
 * to) are looked up here first, then in the portal's and the plugins' bundles the record is given;
 * a key found nowhere prints as itself.
 */
final class RecordLabels {

    private static final String RESOURCE = "record-labels";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Pattern REFERENCE = Pattern.compile("@([A-Za-z0-9_.\\-]+)");

    /** The time zone the counties work in: the record prints times as they read them. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Properties labels;
    private final List<ResourceBundle> messages;
    private final Map<String, String> gateNames;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private RecordLabels(Properties labels, List<ResourceBundle> messages, Map<String, String> gateNames) {
        this.labels = labels;
        this.messages = List.copyOf(messages);
        this.gateNames = Map.copyOf(gateNames);
        this.date = DateTimeFormatter.ofPattern(get("date.pattern"));
        this.time = DateTimeFormatter.ofPattern(get("time.pattern")).withZone(ZONE);
    }

    /** Chinese, unless English is asked for. */
    static RecordLabels of(Locale locale) {
        Properties chinese = load(RESOURCE + ".properties");
        if (locale != null && "en".equals(locale.getLanguage())) {
            Properties english = new Properties(chinese);
            english.putAll(load(RESOURCE + "_en.properties"));
            return new RecordLabels(english, List.of(), Map.of());
        }
        return new RecordLabels(chinese, List.of(), Map.of());
    }

    /**
     * The same labels, with the portal's and the plugins' bundles to look messages up in, and the
     * message key of each gate's name by gate id.
     */
    RecordLabels with(List<ResourceBundle> bundles, Map<String, String> gateNameKeys) {
        return new RecordLabels(labels, bundles, gateNameKeys);
    }

    /** A gate's name: its name key's text, else the record's own label of the gate, else its id. */
    String gateName(String gateId) {
        return text(gateNames.get(gateId)).or(() -> find("gate." + gateId)).orElse(gateId);
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = RecordLabels.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file + " beside " + RecordLabels.class.getName());
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A label the record needs; its key when missing, so a gap shows instead of failing the print. */
    String get(String key) {
        return labels.getProperty(key, key);
    }

    /** The label with {@code {0}}, {@code {1}}... replaced by the arguments. */
    String format(String key, Object... arguments) {
        return fill(get(key), arguments);
    }

    /** A label if there is one. */
    Optional<String> find(String key) {
        return Optional.ofNullable(labels.getProperty(key));
    }

    /** The label of a coded value ({@code prefix.NAME}), or the name. */
    String of(String prefix, Enum<?> value) {
        return value == null ? get("empty") : labels.getProperty(prefix + "." + value.name(), value.name());
    }

    String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }

    String date(LocalDate value) {
        return value == null ? get("empty") : date.format(value);
    }

    String time(TemporalAccessor value) {
        return value == null ? get("empty") : time.format(value);
    }

    List<String> list(String key) {
        return Arrays.stream(get(key).split(",")).map(String::strip).toList();
    }

    /**
     * A message of the platform or of a plugin, such as a gate's reason, with its arguments; an
     * argument {@code @key} (or a list of them) is itself looked up. Unknown keys print as the key
     * followed by the arguments.
     */
    String message(String key, List<String> arguments) {
        Object[] resolved = arguments.stream().map(this::references).toArray();
        return text(key)
                .map(text -> fill(text, resolved))
                .orElseGet(() -> arguments.isEmpty()
                        ? key
                        : key + " "
                                + Arrays.stream(resolved).map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** The text of a message key: here first, then in the portal's and the plugins' bundles. */
    Optional<String> text(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String own = labels.getProperty(key);
        if (own != null) {
            return Optional.of(own);
        }
        return messages.stream()
                .filter(b -> b.containsKey(key))
                .map(b -> b.getString(key))
                .findFirst();
    }

    /** An argument with its {@code @key} references in words; a list of them joined as the language lists. */
    private String references(String argument) {
        if (argument.startsWith("@")) {
            return Arrays.stream(argument.split(", "))
                    .map(String::strip)
                    .map(part -> part.startsWith("@") ? text(part.substring(1)).orElse(part.substring(1)) : part)
                    .collect(Collectors.joining(get("list.separator")));
        }
        Matcher m = REFERENCE.matcher(argument);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(text(m.group(1)).orElse(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String fill(String text, Object... arguments) {
        Matcher m = ARGUMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < arguments.length ? String.valueOf(arguments[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
