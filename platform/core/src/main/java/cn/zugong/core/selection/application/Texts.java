package cn.zugong.core.selection.application;

import cn.zugong.core.security.CurrentUserHolder;

/** Small helpers for what users type and who they are. */
final class Texts {

    private Texts() {}

    /** The text without surrounding blanks, or null when nothing is left. */
    static String strip(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    static String actor() {
        return CurrentUserHolder.current().map(u -> u.username()).orElse("system");
    }
}
