package cn.zugong.core.db;

/**
 * Search text as a {@code like} pattern that matches the text literally: {@code %}, {@code _} and
 * the escape character itself stand for themselves, not for "anything". Queries write
 * {@code like :pattern} followed by {@link #ESCAPE}.
 */
public final class Like {

    /** The escape clause that goes after every {@code like :pattern} with a pattern from here. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {}

    /** Matches values that contain the text. */
    public static String contains(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches values that start with the text. */
    public static String prefix(String text) {
        return literal(text) + "%";
    }

    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
