package cn.zugong.core.team;

import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A holder of one of the team's leadership posts at the reference date.
 *
 * @param age whole years at the reference date, null when the birth date is unknown
 * @param education the higher of full-time and in-service education, null when unknown
 * @param since the start of the holding
 */
public record TeamMember(
        UUID cadreId,
        String name,
        String title,
        boolean principal,
        Integer age,
        Gender gender,
        EducationLevel education,
        String expertise,
        LocalDate since) {}
