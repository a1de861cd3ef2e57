package cn.zugong.core.cadre.domain.identity;

import cn.zugong.core.cadre.domain.Gender;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An 18-character resident identity number (GB 11643-1999): six digits of region, eight of birth
 * date ({@code yyyyMMdd}), three of sequence (odd for men, even for women) and an ISO 7064 MOD
 * 11-2 check character, a digit or {@code X}. Only valid numbers exist as instances; {@link
 * #parse} says which rule a text breaks.
 */
public final class IdNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** The rules a number can break, in the order they are checked, each with its message key. */
    public enum Rule {
        FORMAT("idnumber.error.format"),
        BIRTH_DATE("idnumber.error.birthDate"),
        CHECK_DIGIT("idnumber.error.checkDigit");

        private final String messageKey;

        Rule(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The outcome of {@link #parse}: a valid number, or the first rule the text breaks. */
    public sealed interface Result {}

    /** The text is a valid number. */
    public record Valid(IdNumber id) implements Result {}

    /** The text breaks {@code rule}. */
    public record Invalid(Rule rule) implements Result {}

    /**
     * Checks a text as an identity number. Surrounding blanks are ignored and a lower-case {@code
     * x} is taken as {@code X}.
     */
    public static Result parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            return new Invalid(Rule.FORMAT);
        }
        LocalDate birth;
        try {
            birth = LocalDate.parse(value.substring(6, 14), BIRTH);
        } catch (DateTimeException e) {
            return new Invalid(Rule.BIRTH_DATE);
        }
        if (value.charAt(17) != checkCharacter(value)) {
            return new Invalid(Rule.CHECK_DIGIT);
        }
        return new Valid(new IdNumber(value, birth));
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The 18 characters, upper case. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
