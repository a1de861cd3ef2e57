package cn.zugong.core.cadre.infrastructure.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of an imported file that the registry does not model, kept with the cadre so an
 * export writes them back: each fragment length-prefixed ({@code <length>:<fragment>}), since a
 * fragment may hold any character.
 */
final class ExtraElements {

    private ExtraElements() {}

    static String join(List<String> fragments) {
        if (fragments.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.length()).append(':').append(f));
        return text.toString();
    }

    static List<String> split(String text) {
        List<String> fragments = new ArrayList<>();
        int at = 0;
        while (text != null && at < text.length()) {
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text.substring(at, colon));
            fragments.add(text.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return fragments;
    }
}
