package cn.zugong.core.cadre.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The keys of a Chinese name: for search, full pinyin without tones or spaces ({@code zhangsan}) and
 * initials ({@code zs}); for sorting, the syllables separated by a space ({@code zhang san}), so
 * that a name sorts syllable by syllable as a Chinese reader expects: 陈 (chen) before 程 (cheng),
 * where the joined form would put {@code chenghong} before {@code chenhong}. pinyin4j gives every reading of a character; the first is the common one,
 * except for surnames read differently from the word (shan, not dan), which come from
 * {@code surname-readings.properties}. Characters without a reading (Latin letters, digits) are kept
 * lower-cased.
 */
public final class NamePinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Properties SURNAMES = load();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NamePinyin() {}

    /**
     * The keys of a name.
     *
     * @param full the syllables joined, for search ({@code zhangsan})
     * @param initials the syllables' first letters, for search ({@code zs})
     * @param sort the syllables separated by a space, for sorting ({@code zhang san}); a space sorts
     *     below every letter in a binary collation, which the database column uses
     */
    public record Keys(String full, String initials, String sort) {}

    public static Keys of(String name) {
        List<String> syllables = new ArrayList<>();
        String text = name == null ? "" : name.strip();
        int start = 0;
        for (int length : new int[] {2, 1}) {
            if (start == 0 && text.length() > length && SURNAMES.containsKey(text.substring(0, length))) {
                for (String syllable :
                        SURNAMES.getProperty(text.substring(0, length)).split(" ")) {
                    add(syllable, syllables);
                }
                start = length;
            }
        }
        for (int i = start; i < text.length(); i++) {
            add(reading(text.charAt(i)), syllables);
        }
        StringBuilder initials = new StringBuilder();
        syllables.forEach(syllable -> initials.append(syllable.charAt(0)));
        return new Keys(String.join("", syllables), initials.toString(), String.join(" ", syllables));
    }

    private static void add(String syllable, List<String> syllables) {
        if (!syllable.isEmpty()) {
            syllables.add(syllable);
        }
    }

    private static String reading(char c) {
        if (Character.isWhitespace(c) || c == '\u00b7') {
            return "";
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? String.valueOf(c).toLowerCase(Locale.ROOT) : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A search text as the keys are stored: lower case, without spaces or apostrophes. */
    public static String normalize(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s']", "");
    }

    private static Properties load() {
        Properties readings = new Properties();
        try (var in = NamePinyin.class.getResourceAsStream("surname-readings.properties")) {
            readings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }
}
