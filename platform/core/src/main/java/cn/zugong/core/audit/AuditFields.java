package cn.zugong.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads back what {@link AuditJson} wrote: a flat JSON object, its fields in order, every value as
 * its text (null for JSON null), so that the auditors' view can show the fields with labels
 * instead of the JSON. Anything else (nested values, broken text) is refused.
 */
public final class AuditFields {

    private final String json;
    private int at;

    private AuditFields(String json) {
        this.json = json;
    }

    /**
     * The fields of a flat JSON object.
     *
     * @throws IllegalArgumentException when the text is not a flat JSON object
     */
    public static Map<String, String> parse(String json) {
        return new AuditFields(json.strip()).object();
    }

    private Map<String, String> object() {
        Map<String, String> fields = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
        } else {
            do {
                String key = string();
                expect(':');
                fields.put(key, value());
            } while (next(',', '}'));
        }
        if (at != json.length()) {
            throw refused();
        }
        return fields;
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw refused();
        }
        int start = at;
        while (at < json.length() && ",}".indexOf(json.charAt(at)) < 0) {
            at++;
        }
        String literal = json.substring(start, at).strip();
        if (literal.isEmpty()) {
            throw refused();
        }
        return "null".equals(literal) ? null : literal;
    }

    private String string() {
        expect('"');
        StringBuilder text = new StringBuilder();
        while (at < json.length()) {
            char c = json.charAt(at++);
            if (c == '"') {
                return text.toString();
            }
            if (c != '\\') {
                text.append(c);
            } else if (at < json.length()) {
                char escaped = json.charAt(at++);
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'u' -> {
                        if (at + 4 > json.length()) {
                            throw refused();
                        }
                        text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> text.append(escaped);
                }
            }
        }
        throw refused();
    }

    /** Consumes a separator: true after {@code more}, false after {@code end}. */
    private boolean next(char more, char end) {
        char c = peek();
        at++;
        if (c == more || c == end) {
            return c == more;
        }
        throw refused();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw refused();
        }
        at++;
    }

    private char peek() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        if (at >= json.length()) {
            throw refused();
        }
        return json.charAt(at);
    }

    private IllegalArgumentException refused() {
        return new IllegalArgumentException("Not a flat JSON object at " + at);
    }
}
