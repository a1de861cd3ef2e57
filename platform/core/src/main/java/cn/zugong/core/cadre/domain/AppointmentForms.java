package cn.zugong.core.cadre.domain;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills the approval form from a cadre file, as the file's reader may see it: the id number and the
 * family only when the file carries them (sensitive), punishments likewise. The assessment line is
 * generated from the last three years (DOMAIN.md D-A6); the current post is the file's.
 */
public final class AppointmentForms {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private AppointmentForms() {}

    public static AppointmentForm of(CadreFile file, byte[] photo, LocalDate reference, String filledBy) {
        return of(file, photo, reference, filledBy, List.of());
    }

    /** The form with the elements an imported file had and the registry does not model. */
    public static AppointmentForm of(
            CadreFile file, byte[] photo, LocalDate reference, String filledBy, List<String> unknownElements) {
        Cadre c = file.cadre();
        return new AppointmentForm(
                c.getName(),
                FormTexts.text(c.getGender()),
                c.isBirthDayKnown()
                        ? c.getBirthDate().format(DAY)
                        : c.getBirthDate().format(MONTH),
                c.getEthnicity(),
                text(c.getNativePlace()),
                text(c.getBirthPlace()),
                c.getPoliticalStatus() != null && c.getPoliticalStatus().partyMember()
                        ? text(c.getPartyJoined())
                        : FormTexts.text(c.getPoliticalStatus()),
                text(c.getWorkStarted()),
                FormTexts.text(c.getHealth()),
                text(c.education().getProfessionalTitle()),
                text(c.education().getExpertise()),
                new AppointmentForm.Education(
                        FormTexts.text(c.education().getFullTimeLevel()),
                        text(c.education().getFullTimeDegree()),
                        text(c.education().getFullTimeLevelSchool()),
                        text(c.education().getFullTimeDegreeSchool())),
                new AppointmentForm.Education(
                        FormTexts.text(c.education().getInServiceLevel()),
                        text(c.education().getInServiceDegree()),
                        text(c.education().getInServiceLevelSchool()),
                        text(c.education().getInServiceDegreeSchool())),
                text(c.getCurrentPost()),
                text(c.proposal().getProposedPost()),
                text(c.proposal().getProposedRemoval()),
                text(c.getResume()),
                rewards(file.rewardsAndPunishments()),
                assessments(file.assessments()),
                text(c.proposal().getAppointmentReason()),
                file.family().stream()
                        .map(m -> new AppointmentForm.Relative(
                                m.getRelation(),
                                m.getName(),
                                text(m.getBirth()),
                                text(m.getPoliticalStatus()),
                                text(m.getWorkUnitAndPost())))
                        .toList(),
                text(c.proposal().getReportingUnit()),
                reference.format(MONTH),
                reference.format(DAY),
                text(filledBy),
                text(c.getIdNumber()),
                photo,
                "",
                unknownElements);
    }

    private static String rewards(List<RewardPunishment> records) {
        return records.stream()
                .sorted(Comparator.comparing(RewardPunishment::getDecidedOn))
                .map(r -> String.format(
                        FormTexts.phrase("reward.line"), r.getDecidedOn().getYear(), r.getTitle()))
                .collect(Collectors.joining(FormTexts.phrase("separator")));
    }

    private static String assessments(List<Assessment> assessments) {
        return assessments.stream()
                .sorted(Comparator.comparing(Assessment::getYear).reversed())
                .limit(3)
                .sorted(Comparator.comparing(Assessment::getYear))
                .map(a -> String.format(FormTexts.phrase("assessment.line"), a.getYear(), FormTexts.text(a.getGrade())))
                .collect(Collectors.joining());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
