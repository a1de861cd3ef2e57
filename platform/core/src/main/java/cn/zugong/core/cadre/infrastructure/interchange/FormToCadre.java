package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.AppointmentForms;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.FormTexts;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.KinshipClass;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Maps a read form to a cadre file. The form carries text: coded values are matched to the
 * registry's codes by their form text (and aliases); a party joining date means a party member; a
 * relative's kinship class follows the form of address ({@code kinship.properties}). The form does
 * not say who manages the cadre: imports are county-managed and active until edited. The resume is
 * kept as the file has it (marked edited); the assessments and rewards are read into records where
 * their text allows ({@link AssessmentText}, {@link RewardText}); the unmodelled elements and the
 * file's own wording ({@link KeptWording}) are kept for export.
 */
final class FormToCadre {

    private static final Properties KINSHIP = load();

    private FormToCadre() {}

    /**
     * Writes the form's values into the cadre, a new one or the stored file of the same id number;
     * a stored file keeps its management authority, status, unit and posts.
     */
    static Cadre apply(String file, AppointmentForm form, Cadre cadre, List<InterchangeProblem> problems) {
        cadre.setName(form.name());
        cadre.setGender(coded(file, "XingBie", Gender.class, form.gender(), problems));
        String birth = form.birth();
        cadre.setBirthDate(LocalDate.of(
                Integer.parseInt(birth.substring(0, 4)),
                Integer.parseInt(birth.substring(4, 6)),
                birth.length() == 8 ? Integer.parseInt(birth.substring(6, 8)) : 1));
        cadre.setBirthDayKnown(birth.length() == 8);
        cadre.setEthnicity(form.ethnicity());
        cadre.setNativePlace(form.nativePlace());
        cadre.setBirthPlace(form.birthPlace());
        party(cadre, form.partyJoined());
        cadre.setWorkStarted(blankToNull(form.workStarted()));
        cadre.setHealth(FormTexts.parse(Health.class, form.health()).orElse(null));
        cadre.education().setProfessionalTitle(form.professionalTitle());
        cadre.education().setExpertise(form.expertise());
        cadre.education()
                .setFullTimeLevel(
                        FormTexts.parse(EducationLevel.class, form.fullTime().level())
                                .orElse(null));
        cadre.education().setFullTimeDegree(form.fullTime().degree());
        cadre.education().setFullTimeLevelSchool(form.fullTime().levelSchool());
        cadre.education().setFullTimeDegreeSchool(form.fullTime().degreeSchool());
        cadre.education()
                .setInServiceLevel(
                        FormTexts.parse(EducationLevel.class, form.inService().level())
                                .orElse(null));
        cadre.education().setInServiceDegree(form.inService().degree());
        cadre.education().setInServiceLevelSchool(form.inService().levelSchool());
        cadre.education().setInServiceDegreeSchool(form.inService().degreeSchool());
        cadre.setCurrentPost(form.currentPost());
        cadre.proposal().setProposedPost(form.proposedPost());
        cadre.proposal().setProposedRemoval(form.proposedRemoval());
        cadre.proposal().setAppointmentReason(form.appointmentReason());
        cadre.proposal().setReportingUnit(form.reportingUnit());
        cadre.setResume(form.resume());
        cadre.setResumeEdited(true);
        cadre.setIdNumber(blankToNull(form.idNumber()));
        if (cadre.getManagementAuthority() == null) {
            cadre.setManagementAuthority(ManagementAuthority.COUNTY);
        }
        if (cadre.getStatus() == null) {
            cadre.setStatus(CadreStatus.ACTIVE);
        }
        cadre.setInterchangeExtra(ExtraElements.join(extras(form, cadre)));
        return cadre;
    }

    /** The assessments the form's NianDuKaoHeJieGuo names, none when it does not read as grades per year. */
    static List<Assessment> assessments(Cadre cadre, AppointmentForm form) {
        return AssessmentText.read(form.assessments()).orElse(List.of()).stream()
                .map(graded -> {
                    Assessment assessment = new Assessment();
                    assessment.setCadreId(cadre.getId());
                    assessment.setYear(graded.year());
                    assessment.setGrade(graded.grade());
                    return assessment;
                })
                .toList();
    }

    /** The rewards and punishments the form's JiangChengQingKuang names, none when it does not read as such. */
    static List<RewardPunishment> rewards(Cadre cadre, AppointmentForm form) {
        return RewardText.read(form.rewardsAndPunishments()).orElse(List.of()).stream()
                .map(decided -> {
                    RewardPunishment record = new RewardPunishment();
                    record.setCadreId(cadre.getId());
                    record.setKind(decided.kind());
                    record.setDecidedOn(decided.decidedOn());
                    record.setTitle(decided.title());
                    return record;
                })
                .toList();
    }

    // The unknown elements, then the file's wording wherever the registry, as imported, would write otherwise.
    private static List<String> extras(AppointmentForm form, Cadre cadre) {
        CadreFile asImported = new CadreFile(
                cadre,
                null,
                List.of(),
                family(cadre, form),
                assessments(cadre, form),
                rewards(cadre, form),
                List.of(),
                false,
                true);
        AppointmentForm generated = AppointmentForms.of(asImported, form.photo(), LocalDate.now(), "", List.of());
        List<String> extras = new ArrayList<>(form.unknownElements());
        extras.addAll(KeptWording.keep(form, generated));
        return extras;
    }

    static List<FamilyMember> family(Cadre cadre, AppointmentForm form) {
        List<FamilyMember> family = new ArrayList<>();
        for (AppointmentForm.Relative relative : form.family()) {
            FamilyMember member = new FamilyMember();
            member.setCadreId(cadre.getId());
            member.setSortOrder(family.size());
            member.setRelation(relative.relation());
            member.setKinshipClass(KinshipClass.valueOf(KINSHIP.getProperty(relative.relation(), "SOCIAL")));
            member.setName(relative.name());
            member.setBirth(blankToNull(relative.birth()));
            member.setPoliticalStatus(relative.politicalStatus());
            member.setWorkUnitAndPost(relative.workUnitAndPost());
            family.add(member);
        }
        return family;
    }

    private static void party(Cadre cadre, String joined) {
        if (joined != null && joined.matches("\\d{6}|\\d{8}")) {
            cadre.setPoliticalStatus(PoliticalStatus.CPC_MEMBER);
            cadre.setPartyJoined(joined);
        } else {
            cadre.setPoliticalStatus(
                    FormTexts.parse(PoliticalStatus.class, joined).orElse(PoliticalStatus.MASSES));
        }
    }

    private static <E extends Enum<E>> E coded(
            String file, String field, Class<E> type, String text, List<InterchangeProblem> problems) {
        return FormTexts.parse(type, text).orElseGet(() -> {
            problems.add(
                    new InterchangeProblem(file, field, "interchange.error.coded", List.of(text == null ? "" : text)));
            return null;
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Properties load() {
        Properties kinship = new Properties();
        try (var in = FormToCadre.class.getResourceAsStream("kinship.properties")) {
            kinship.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kinship;
    }
}
