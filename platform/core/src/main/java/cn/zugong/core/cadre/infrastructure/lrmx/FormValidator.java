package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.identity.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content rules an imported form must meet (DOMAIN.md 6.5), whatever format it came in: V-F1
 * form dates and V-F3 the identity number. The photo (V-F6) is checked by {@link Photos}, since
 * its rules depend on how the format carries it.
 *
 * <p>V-F1 as applied, in any spelling {@link FormDates} reads: ChuShengNianYue is required;
 * CanJiaGongZuoShiJian, JiSuanNianLingShiJian and a family row's ChuShengRiQi are checked when
 * filled; RuDangShiJian only when it is digits (and dots), since non-members carry free text there.
 */
final class FormValidator {

    private static final Pattern DIGITS = Pattern.compile("\\d[\\d.]*");
    private static final DateTimeFormatter ID_BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    // The form's gender texts (nan, nv): the file format's values, not display text.
    private static final String MALE = "\u7537";
    private static final String FEMALE = "\u5973";

    private FormValidator() {}

    static List<InterchangeProblem> validate(String file, AppointmentForm form) {
        List<InterchangeProblem> problems = new ArrayList<>();
        String birth = form.birth();
        if (birth.isBlank()) {
            problems.add(InterchangeProblem.of(file, LrmxField.CHU_SHENG_NIAN_YUE.element(), ProblemKey.DATE_REQUIRED));
        } else {
            date(file, LrmxField.CHU_SHENG_NIAN_YUE.element(), birth, problems);
        }
        if (DIGITS.matcher(form.partyJoined()).matches()) {
            date(file, LrmxField.RU_DANG_SHI_JIAN.element(), form.partyJoined(), problems);
        }
        optionalDate(file, LrmxField.CAN_JIA_GONG_ZUO_SHI_JIAN.element(), form.workStarted(), problems);
        optionalDate(file, LrmxField.JI_SUAN_NIAN_LING_SHI_JIAN.element(), form.ageReference(), problems);
        for (int row = 0; row < form.family().size(); row++) {
            String field = LrmxField.JIA_TING_CHENG_YUAN.element() + "/Item[" + (row + 1) + "]/ChuShengRiQi";
            optionalDate(file, field, form.family().get(row).birth(), problems);
        }
        if (!form.idNumber().isBlank()) {
            idNumber(file, form, isFormDate(birth), problems);
        }
        return problems;
    }

    /** Whether a text is a form date in one of the spellings of {@link FormDates}, naming a real month or day. */
    static boolean isFormDate(String text) {
        return FormDates.digits(text).isPresent();
    }

    private static void optionalDate(String file, String field, String text, List<InterchangeProblem> problems) {
        if (!text.isBlank()) {
            date(file, field, text, problems);
        }
    }

    private static void date(String file, String field, String text, List<InterchangeProblem> problems) {
        if (!isFormDate(text)) {
            problems.add(InterchangeProblem.of(file, field, ProblemKey.DATE, text));
        }
    }

    private static void idNumber(
            String file, AppointmentForm form, boolean birthIsDate, List<InterchangeProblem> problems) {
        String field = LrmxField.SHEN_FEN_ZHENG.element();
        switch (IdNumber.parse(form.idNumber())) {
            case IdNumber.Invalid invalid ->
                problems.add(
                        new InterchangeProblem(file, field, invalid.rule().messageKey(), List.of(form.idNumber())));
            case IdNumber.Valid valid -> {
                LocalDate idBirth = valid.id().birthDate();
                String embedded = idBirth.format(ID_BIRTH);
                if (birthIsDate
                        && !embedded.startsWith(FormDates.digits(form.birth()).orElseThrow())) {
                    problems.add(InterchangeProblem.of(file, field, ProblemKey.ID_BIRTH, embedded, form.birth()));
                }
                String expected = valid.id().gender() == Gender.MALE ? MALE : FEMALE;
                String gender = form.gender().strip();
                if (!gender.isEmpty() && !gender.equals(expected)) {
                    problems.add(
                            InterchangeProblem.of(file, LrmxField.XING_BIE.element(), ProblemKey.ID_GENDER, gender));
                }
            }
        }
    }
}
