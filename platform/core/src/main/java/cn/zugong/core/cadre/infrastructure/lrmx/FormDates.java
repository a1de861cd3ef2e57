package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's dates as files write them: {@code YYYYMM} and {@code YYYYMMDD} (DOMAIN.md 6.5 V-F1),
 * and {@code YYYY.MM} and {@code YYYY.MM.DD}, the way the form shows them and the widely used
 * standalone editors save them. A read form carries its dates in digits only, so the registry,
 * the print and the export see one spelling.
 */
final class FormDates {

    private static final List<Pattern> SPELLINGS = List.of(
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?"), Pattern.compile("(\\d{4})\\.(\\d{2})(?:\\.(\\d{2}))?"));
    private static final Set<LrmxField> DATE_FIELDS = Set.of(
            LrmxField.CHU_SHENG_NIAN_YUE,
            LrmxField.RU_DANG_SHI_JIAN,
            LrmxField.CAN_JIA_GONG_ZUO_SHI_JIAN,
            LrmxField.JI_SUAN_NIAN_LING_SHI_JIAN,
            LrmxField.TIAN_BIAO_SHI_JIAN);

    private FormDates() {}

    /** The date in digits ({@code YYYYMM} or {@code YYYYMMDD}) when the text names a real month or day. */
    static Optional<String> digits(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return SPELLINGS.stream()
                .map(p -> p.matcher(text.strip()))
                .filter(Matcher::matches)
                .findFirst()
                .flatMap(FormDates::real);
    }

    private static Optional<String> real(Matcher m) {
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (m.group(3) != null && !month.isValidDay(Integer.parseInt(m.group(3)))) {
                return Optional.empty();
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3)));
    }

    /** The element texts with every form date in digits; other text unchanged. */
    static Map<LrmxField, String> normalized(Map<LrmxField, String> text) {
        Map<LrmxField, String> normalized = new EnumMap<>(LrmxField.class);
        text.forEach((field, value) -> normalized.put(
                field, DATE_FIELDS.contains(field) ? digits(value).orElse(value) : value));
        return normalized;
    }

    /** The family rows with their birth dates in digits. */
    static List<Relative> normalizedFamily(List<Relative> family) {
        return family.stream()
                .map(r -> new Relative(
                        r.relation(),
                        r.name(),
                        digits(r.birth()).orElse(r.birth()),
                        r.politicalStatus(),
                        r.workUnitAndPost()))
                .toList();
    }
}
