package cn.zugong.core.cadre.infrastructure.excel;

import static cn.zugong.core.cadre.infrastructure.excel.CadreColumn.*;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreValidator;
import cn.zugong.core.cadre.domain.FormTexts;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one sheet row into a new {@link Cadre} and lists every problem of the row: cell formats
 * (coded texts, dates, lengths), then the {@link CadreValidator} rules (required fields, dates,
 * the id number's check, birth date and gender), then what needs the whole file and the tenant:
 * an id number already used in the tenant or in an earlier row, a unit name the tenant lacks.
 * Each column reports its first problem only. Keeps the id numbers seen, so one checker reads one
 * file once.
 */
final class RowChecker {

    /** The cadre a row describes, and its problems (empty when it may be saved). */
    record Checked(Cadre cadre, List<RowProblem> problems) {}

    private static final int REMEMBERED = 1000;
    private static final Map<Class<?>, Map<String, Optional<Enum<?>>>> CODES = new ConcurrentHashMap<>();

    private final TenantFacts facts;
    private final LocalDate today;
    private final Map<String, Integer> seenIds = new HashMap<>();

    RowChecker(TenantFacts facts, LocalDate today) {
        this.facts = facts;
        this.today = today;
    }

    Checked check(SheetRow row) {
        RowCells cells = new RowCells(row);
        Cadre c = new Cadre();
        c.setName(cells.text(NAME));
        c.setGender(cells.coded(GENDER));
        cells.birth(c);
        c.setEthnicity(cells.text(ETHNICITY));
        c.setNativePlace(cells.text(NATIVE_PLACE));
        c.setBirthPlace(cells.text(BIRTH_PLACE));
        c.setGrowthPlace(cells.text(GROWTH_PLACE));
        c.setIdNumber(cells.raw(ID_NUMBER));
        c.setPoliticalStatus(cells.coded(POLITICAL_STATUS));
        c.setPartyJoined(ExcelDates.formDate(cells.text(PARTY_JOINED)));
        c.setWorkStarted(ExcelDates.formDate(cells.raw(WORK_STARTED)));
        c.setHealth(cells.coded(HEALTH));
        c.education().setProfessionalTitle(cells.text(PROFESSIONAL_TITLE));
        c.education().setFullTimeLevel(cells.coded(FULL_TIME_LEVEL));
        c.education().setFullTimeDegree(cells.text(FULL_TIME_DEGREE));
        c.education().setFullTimeLevelSchool(cells.text(FULL_TIME_SCHOOL));
        c.education().setInServiceLevel(cells.coded(IN_SERVICE_LEVEL));
        c.education().setInServiceDegree(cells.text(IN_SERVICE_DEGREE));
        c.education().setInServiceLevelSchool(cells.text(IN_SERVICE_SCHOOL));
        c.setCurrentPost(cells.text(CURRENT_POST));
        c.setPostLevel(cells.coded(POST_LEVEL));
        c.setCivilRank(cells.coded(CIVIL_RANK));
        c.setManagementAuthority(cells.coded(MANAGEMENT_AUTHORITY));
        c.setStatus(cells.coded(STATUS));
        c.setStatusSince(today);
        for (Problem problem : CadreValidator.validate(c, today)) {
            CadreColumn column = CadreColumn.ofField(problem.field()).orElse(NAME);
            cells.problem(column, problem.messageKey(), cells.shown(column));
        }
        checkIdNumber(c, cells);
        c.setUnitId(unit(cells));
        return new Checked(c, cells.problems());
    }

    private void checkIdNumber(Cadre cadre, RowCells cells) {
        String id = cadre.getIdNumber();
        if (id == null || cells.hasProblem(ID_NUMBER)) {
            return;
        }
        Integer first = seenIds.putIfAbsent(id, cells.row());
        if (facts.idNumbers().contains(id)) {
            cells.problem(ID_NUMBER, "cadre.error.id-number.taken", id);
        } else if (first != null) {
            cells.problem(ID_NUMBER, "excel.error.id.duplicate", id, first);
        }
    }

    private UUID unit(RowCells cells) {
        String name = cells.text(UNIT);
        if (name == null) {
            return null;
        }
        List<UUID> units = facts.unitsByName().getOrDefault(name, List.of());
        if (units.size() != 1) {
            cells.problem(UNIT, units.isEmpty() ? "excel.error.unit.unknown" : "excel.error.unit.ambiguous", name);
            return null;
        }
        return units.getFirst();
    }

    /** The drop-down texts of a coded column joined for a message. */
    static String choices(CadreColumn column) {
        return String.join(ExcelTexts.get("list.separator"), column.choices());
    }

    /**
     * {@link FormTexts#parse}, remembered per type and text: a sheet repeats a few texts many
     * times. At most {@value #REMEMBERED} texts a type, so odd texts cannot fill the memory.
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        Map<String, Optional<Enum<?>>> known = CODES.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Optional<Enum<?>> value = known.get(text);
        if (value == null) {
            value = FormTexts.parse(type, text).map(e -> (Enum<?>) e);
            if (known.size() < REMEMBERED) {
                known.put(text, value);
            }
        }
        return (E) value.orElse(null);
    }
}
