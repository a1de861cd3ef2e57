package cn.zugong.core.cadre.domain;

import cn.zugong.core.cadre.domain.identity.IdNumber;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The rules a cadre file must meet before it is saved (DOMAIN.md 6.5); each problem names its field. */
public final class CadreValidator {

    /** A form month or day: {@code YYYYMM} or {@code YYYYMMDD} (V-F1). */
    static final Pattern FORM_DATE = Pattern.compile("^(\\d{4})(0[1-9]|1[0-2])((0[1-9]|[12]\\d|3[01]))?$");

    private CadreValidator() {}

    public static List<Problem> validate(Cadre cadre, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (blank(cadre.getName())) {
            problems.add(new Problem("name", "cadre.error.name.required"));
        } else if (cadre.getName().length() > 50) {
            problems.add(new Problem("name", "cadre.error.name.long"));
        }
        require(problems, cadre.getGender(), "gender");
        require(problems, cadre.getEthnicity(), "ethnicity");
        require(problems, cadre.getPoliticalStatus(), "politicalStatus");
        require(problems, cadre.getManagementAuthority(), "managementAuthority");
        require(problems, cadre.getStatus(), "status");
        LocalDate birth = cadre.getBirthDate();
        if (birth == null) {
            problems.add(new Problem("birthDate", "cadre.error.required"));
        } else if (birth.isAfter(today.minusYears(16)) || birth.isBefore(today.minusYears(110))) {
            problems.add(new Problem("birthDate", "cadre.error.birth.implausible"));
        }
        if (cadre.getPoliticalStatus() != null && cadre.getPoliticalStatus().partyMember()) {
            if (blank(cadre.getPartyJoined())
                    || !FORM_DATE.matcher(cadre.getPartyJoined()).matches()) {
                problems.add(new Problem("partyJoined", "cadre.error.form-date"));
            }
        }
        if (!blank(cadre.getIdNumber())) {
            problems.addAll(idNumber(cadre));
        }
        if (!blank(cadre.getWorkStarted())
                && !FORM_DATE.matcher(cadre.getWorkStarted()).matches()) {
            problems.add(new Problem("workStarted", "cadre.error.form-date"));
        }
        return problems;
    }

    /** V-F3: the GB 11643 check, and agreement with the birth date and gender. */
    private static List<Problem> idNumber(Cadre cadre) {
        return switch (IdNumber.parse(cadre.getIdNumber())) {
            case IdNumber.Invalid invalid ->
                List.of(new Problem("idNumber", invalid.rule().messageKey(), List.of(cadre.getIdNumber())));
            case IdNumber.Valid valid -> {
                cadre.setIdNumber(valid.id().value());
                List<Problem> problems = new ArrayList<>();
                if (cadre.getBirthDate() != null && !sameBirth(cadre, valid.id().birthDate())) {
                    problems.add(new Problem("idNumber", "cadre.error.id-number.birth"));
                }
                if (cadre.getGender() != null && valid.id().gender() != cadre.getGender()) {
                    problems.add(new Problem("idNumber", "cadre.error.id-number.gender"));
                }
                yield problems;
            }
        };
    }

    /** A birth date known to the month only agrees with any day of that month. */
    private static boolean sameBirth(Cadre cadre, LocalDate fromId) {
        return cadre.isBirthDayKnown()
                ? fromId.equals(cadre.getBirthDate())
                : YearMonth.from(fromId).equals(YearMonth.from(cadre.getBirthDate()));
    }

    private static void require(List<Problem> problems, Object value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            problems.add(new Problem(field, "cadre.error.required"));
        }
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
