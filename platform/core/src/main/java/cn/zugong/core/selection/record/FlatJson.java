package cn.zugong.core.selection.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back the flat JSON objects that {@code AuditJson} writes (string, number, boolean and null
 * values, no nesting) in their order. Anything else is not parsed: the record then prints the text
 * as stored.
 */
final class FlatJson {

    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    /** The fields and their values as text (null values are left out); empty when not flat JSON. */
    static Optional<Map<String, String>> parse(String json) {
        if (json == null) {
            return Optional.of(Map.of());
        }
        try {
            return Optional.of(new FlatJson(json.strip()).object());
        } catch (IllegalArgumentException | IndexOutOfBoundsException notFlat) {
            return Optional.empty();
        }
    }

    private Map<String, String> object() {
        Map<String, String> fields = new LinkedHashMap<>();
        expect('{');
        blanks();
        if (peek() == '}') {
            at++;
        } else {
            do {
                blanks();
                String key = string();
                blanks();
                expect(':');
                blanks();
                String value = value();
                if (value != null) {
                    fields.put(key, value);
                }
                blanks();
            } while (next() == ',');
            if (text.charAt(at - 1) != '}') {
                throw new IllegalArgumentException("no end");
            }
        }
        blanks();
        if (at != text.length()) {
            throw new IllegalArgumentException("text after the object");
        }
        return fields;
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw new IllegalArgumentException("nested");
        }
        int start = at;
        while (at < text.length() && ",} \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("no value");
        }
        return literal.equals("null") ? null : literal;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private char next() {
        return text.charAt(at++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
    }
}
