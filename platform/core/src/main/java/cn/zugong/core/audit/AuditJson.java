package cn.zugong.core.audit;

import java.util.Map;

/**
 * A record's fields as a compact JSON object, for the before and after of an audit event. Keys
 * keep the map's order (pass a {@code LinkedHashMap}), so the same record always gives the same
 * text. Values: null, numbers, booleans; anything else is written as a string.
 */
public final class AuditJson {

    private AuditJson() {}

    public static String of(Map<String, ?> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key);
            json.append(':');
            if (value == null || value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                string(json, value.toString());
            }
        });
        return json.append('}').toString();
    }

    /** Appends {@code text} as a JSON string, quoted and escaped. */
    public static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
