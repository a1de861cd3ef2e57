package cn.zugong.core.cadre.infrastructure.excel;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FormTexts;
import cn.zugong.core.cadre.domain.ListedCadre;
import java.time.format.DateTimeFormatter;

/**
 * The text of each column for one cadre, as the import reads it back: coded values as form texts,
 * the birth date as {@code yyyyMMdd} or {@code yyyyMM} when only the month is known.
 */
final class ExportValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");

    private ExportValues() {}

    static String of(CadreColumn column, ListedCadre listed) {
        Cadre c = listed.cadre();
        return switch (column) {
            case NAME -> c.getName();
            case GENDER -> FormTexts.text(c.getGender());
            case BIRTH_DATE ->
                c.getBirthDate() == null ? "" : c.getBirthDate().format(c.isBirthDayKnown() ? DAY : MONTH);
            case ETHNICITY -> c.getEthnicity();
            case NATIVE_PLACE -> c.getNativePlace();
            case BIRTH_PLACE -> c.getBirthPlace();
            case GROWTH_PLACE -> c.getGrowthPlace();
            case ID_NUMBER -> c.getIdNumber();
            case POLITICAL_STATUS -> FormTexts.text(c.getPoliticalStatus());
            case PARTY_JOINED -> c.getPartyJoined();
            case WORK_STARTED -> c.getWorkStarted();
            case HEALTH -> FormTexts.text(c.getHealth());
            case PROFESSIONAL_TITLE -> c.education().getProfessionalTitle();
            case FULL_TIME_LEVEL -> FormTexts.text(c.education().getFullTimeLevel());
            case FULL_TIME_DEGREE -> c.education().getFullTimeDegree();
            case FULL_TIME_SCHOOL ->
                either(c.education().getFullTimeLevelSchool(), c.education().getFullTimeDegreeSchool());
            case IN_SERVICE_LEVEL -> FormTexts.text(c.education().getInServiceLevel());
            case IN_SERVICE_DEGREE -> c.education().getInServiceDegree();
            case IN_SERVICE_SCHOOL ->
                either(c.education().getInServiceLevelSchool(), c.education().getInServiceDegreeSchool());
            case UNIT -> listed.unitName();
            case CURRENT_POST -> c.getCurrentPost();
            case POST_LEVEL -> FormTexts.text(c.getPostLevel());
            case CIVIL_RANK -> FormTexts.text(c.getCivilRank());
            case MANAGEMENT_AUTHORITY -> FormTexts.text(c.getManagementAuthority());
            case STATUS -> FormTexts.text(c.getStatus());
        };
    }

    /** The school of the level, else that of the degree (the form has both, the sheet one). */
    private static String either(String levelSchool, String degreeSchool) {
        return levelSchool == null || levelSchool.isBlank() ? degreeSchool : levelSchool;
    }
}
