package cn.zugong.api.career;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The personal facts of one cadre's file that structure rules count (gender, ethnicity, political
 * status, education, age) and the annual assessment grades, as the registry codes them. Read with
 * {@link CadreCareers#profile(UUID)} or, for many cadres at once, {@link CadreCareers#profiles}.
 *
 * @param cadreId the cadre
 * @param tenant the county that keeps the file
 * @param gender {@code MALE} or {@code FEMALE} (GB/T 2261.1), when recorded
 * @param ethnicity the ethnicity as recorded (for example 汉族), when recorded
 * @param politicalStatus {@code CPC_MEMBER}, {@code CPC_PROBATIONARY}, {@code YOUTH_LEAGUE},
 *     {@code DEMOCRATIC_PARTY}, {@code NON_PARTISAN} or {@code MASSES}, when recorded
 * @param highestEducation the higher of the full-time and in-service education levels: {@code
 *     POSTGRADUATE}, {@code UNIVERSITY}, {@code COLLEGE} (大专), {@code SECONDARY_VOCATIONAL}, {@code
 *     HIGH_SCHOOL} or {@code JUNIOR_HIGH_OR_BELOW}, when recorded
 * @param fullTimeEducation the full-time education level, same codes, when recorded
 * @param birthDate the date of birth, when recorded
 * @param assessments the annual assessment grades on the file, oldest first
 * @since 1.3.0
 */
public record CadreProfile(
        UUID cadreId,
        TenantId tenant,
        Optional<String> gender,
        Optional<String> ethnicity,
        Optional<String> politicalStatus,
        Optional<String> highestEducation,
        Optional<String> fullTimeEducation,
        Optional<LocalDate> birthDate,
        List<AssessmentResult> assessments) {

    public CadreProfile {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(politicalStatus, "politicalStatus");
        Objects.requireNonNull(highestEducation, "highestEducation");
        Objects.requireNonNull(fullTimeEducation, "fullTimeEducation");
        Objects.requireNonNull(birthDate, "birthDate");
        assessments = List.copyOf(assessments);
    }

    /** Whether the file records the cadre as a woman. */
    public boolean woman() {
        return gender.filter("FEMALE"::equals).isPresent();
    }

    /** Whether the file records the cadre as a member (or probationary member) of the CPC. */
    public boolean partyMember() {
        return politicalStatus
                .filter(s -> s.equals("CPC_MEMBER") || s.equals("CPC_PROBATIONARY"))
                .isPresent();
    }

    /** The grade of {@code year}'s assessment, when the file records one. */
    public Optional<String> gradeOf(int year) {
        return assessments.stream()
                .filter(a -> a.year() == year)
                .map(AssessmentResult::grade)
                .findFirst();
    }
}
