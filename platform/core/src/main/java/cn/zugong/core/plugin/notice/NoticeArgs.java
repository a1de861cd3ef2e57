package cn.zugong.core.plugin.notice;

import cn.zugong.core.audit.AuditJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice's arguments as stored: a JSON array of strings, so that any text (commas, quotes,
 * line breaks) comes back as it was posted. Reads only what {@link #encode} writes.
 */
final class NoticeArgs {

    private NoticeArgs() {}

    static String encode(List<String> args) {
        StringBuilder json = new StringBuilder("[");
        for (String arg : args) {
            if (json.length() > 1) {
                json.append(',');
            }
            AuditJson.string(json, arg);
        }
        return json.append(']').toString();
    }

    static List<String> decode(String json) {
        try {
            return parse(json);
        } catch (IndexOutOfBoundsException | NumberFormatException truncated) {
            throw new IllegalArgumentException("Not a notice's arguments: " + json, truncated);
        }
    }

    private static List<String> parse(String json) {
        List<String> args = new ArrayList<>();
        int i = expect(json, 0, '[');
        if (json.charAt(i) == ']') {
            return List.copyOf(args);
        }
        while (true) {
            i = expect(json, i, '"');
            StringBuilder arg = new StringBuilder();
            char c;
            while ((c = json.charAt(i++)) != '"') {
                if (c != '\\') {
                    arg.append(c);
                    continue;
                }
                char escaped = json.charAt(i++);
                switch (escaped) {
                    case 'n' -> arg.append('\n');
                    case 'r' -> arg.append('\r');
                    case 't' -> arg.append('\t');
                    case 'u' -> {
                        arg.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> arg.append(escaped);
                }
            }
            args.add(arg.toString());
            if (json.charAt(i) == ']') {
                return List.copyOf(args);
            }
            i = expect(json, i, ',');
        }
    }

    private static int expect(String json, int at, char c) {
        if (at >= json.length() || json.charAt(at) != c) {
            throw new IllegalArgumentException("Not a notice's arguments at " + at + ": " + json);
        }
        return at + 1;
    }
}
