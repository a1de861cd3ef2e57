package ${package};

/**
 * The text of a note as the user typed it, cleaned: surrounding blanks removed, never empty, at
 * most {@value MAX_LENGTH} characters (counted as the database counts them, by code point).
 *
 * @param value the cleaned text
 */
public record NoteText(String value) {

    public static final int MAX_LENGTH = 500;

    /** Why a text is refused: the message key of the reason, for the user's language. */
    public static final class Refused extends IllegalArgumentException {

        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public NoteText {
        if (value == null || value.isBlank()) {
            throw new Refused(NotesPlugin.key("note.empty"));
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new Refused(NotesPlugin.key("note.tooLong"));
        }
    }
}
