package cn.zugong.core.cadre.infrastructure.excel;

import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.FormTexts;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.PostLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the cadre workbook, in file order. Each knows its title (from {@code
 * excel-texts.properties}), the {@code CadreValidator} field it feeds, its coded type if it has
 * one (its texts come from {@link FormTexts}), the longest text the database keeps, whether the
 * import needs it in the header, and its width (in Excel's character units; a Chinese character
 * takes two).
 */
public enum CadreColumn {
    NAME("name", null, 50, true, 10),
    GENDER("gender", Gender.class, 0, true, 6),
    BIRTH_DATE("birthDate", null, 0, true, 12),
    ETHNICITY("ethnicity", null, 20, true, 8),
    NATIVE_PLACE("nativePlace", null, 100, false, 16),
    BIRTH_PLACE("birthPlace", null, 100, false, 16),
    GROWTH_PLACE("growthPlace", null, 100, false, 16),
    ID_NUMBER("idNumber", null, 18, false, 21),
    POLITICAL_STATUS("politicalStatus", PoliticalStatus.class, 0, true, 14),
    PARTY_JOINED("partyJoined", null, 40, false, 12),
    WORK_STARTED("workStarted", null, 8, false, 14),
    HEALTH("health", Health.class, 0, false, 10),
    PROFESSIONAL_TITLE("professionalTitle", null, 100, false, 16),
    FULL_TIME_LEVEL("fullTimeLevel", EducationLevel.class, 0, false, 12),
    FULL_TIME_DEGREE("fullTimeDegree", null, 50, false, 12),
    FULL_TIME_SCHOOL("fullTimeSchool", null, 200, false, 30),
    IN_SERVICE_LEVEL("inServiceLevel", EducationLevel.class, 0, false, 12),
    IN_SERVICE_DEGREE("inServiceDegree", null, 50, false, 12),
    IN_SERVICE_SCHOOL("inServiceSchool", null, 200, false, 30),
    UNIT("unit", null, 100, false, 30),
    CURRENT_POST("currentPost", null, 200, false, 30),
    POST_LEVEL("postLevel", PostLevel.class, 0, false, 13),
    CIVIL_RANK("civilRank", CivilRank.class, 0, false, 14),
    MANAGEMENT_AUTHORITY("managementAuthority", ManagementAuthority.class, 0, true, 15),
    STATUS("status", CadreStatus.class, 0, true, 8);

    private final String field;
    private final Class<? extends Enum<?>> coded;
    private final int maxLength;
    private final boolean required;
    private final int width;

    CadreColumn(String field, Class<? extends Enum<?>> coded, int maxLength, boolean required, int width) {
        this.field = field;
        this.coded = coded;
        this.maxLength = maxLength;
        this.required = required;
        this.width = width;
    }

    /** The title in the header row, as the file shows it. */
    /** The column's key: the validator's field, and the key of {@code CadreListFormat.COLUMNS}. */
    public String field() {
        return field;
    }

    public String title() {
        return ExcelTexts.get("column." + name());
    }

    /** The form texts of a coded column (its drop-down list), empty for a free-text column. */
    public List<String> choices() {
        return coded == null
                ? List.of()
                : Arrays.stream(coded.getEnumConstants()).map(FormTexts::text).toList();
    }

    Class<? extends Enum<?>> coded() {
        return coded;
    }

    int maxLength() {
        return maxLength;
    }

    /** Whether the import refuses a file without this column. */
    boolean required() {
        return required;
    }

    int width() {
        return width;
    }

    /** The column a {@code CadreValidator} problem field belongs to. */
    static Optional<CadreColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    static Optional<CadreColumn> ofTitle(String title) {
        return Arrays.stream(values()).filter(c -> c.title().equals(title)).findFirst();
    }
}
