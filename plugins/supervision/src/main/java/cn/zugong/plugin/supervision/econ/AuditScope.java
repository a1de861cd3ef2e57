package cn.zugong.plugin.supervision.econ;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who must be audited (DOMAIN §4.6 [V], 2019 规定 第三条): the principal (正职) of a local party
 * committee, government, discipline-inspection organ, court or procuratorate, of a party or
 * government working department, of a public institution or people's organisation. Which of the
 * platform's unit types those are is the rule {@code audit.unit.types} ([I] mapping, configurable).
 * A deputy running the work for a year or more (主持工作) and others the party committee names are
 * not in the registry's data: the officer records their audits by hand.
 *
 * @param unitTypes unit types whose principals are audited
 */
public record AuditScope(Set<String> unitTypes) {

    public static final String KEY = "audit.unit.types";

    /** The platform's post levels, highest first (the order the selection module compares them in). */
    private static final List<String> LEVELS = List.of(
            "BUREAU_PRINCIPAL",
            "BUREAU_DEPUTY",
            "COUNTY_PRINCIPAL",
            "COUNTY_DEPUTY",
            "TOWNSHIP_PRINCIPAL",
            "TOWNSHIP_DEPUTY");

    public AuditScope {
        unitTypes = Set.copyOf(unitTypes);
    }

    /** The scope of a pack's effective values, the national default for a missing key. */
    public static AuditScope parse(Map<String, String> effective, Map<String, String> defaults) {
        String value = effective.getOrDefault(KEY, defaults.getOrDefault(KEY, ""));
        return new AuditScope(Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The posts the cadre holds on {@code day} that make him subject to audit.
     *
     * @param unitTypeById the type of each unit of the county, by id
     */
    public List<Holding> auditedPosts(CadreCareer career, Map<UUID, String> unitTypeById, LocalDate day) {
        return career.heldOn(day).stream()
                .filter(Holding::principal)
                .filter(h -> h.unitId()
                        .map(unitTypeById::get)
                        .filter(unitTypes::contains)
                        .isPresent())
                .toList();
    }

    /**
     * Whether appointing the cadre to {@code target} is a promotion: a level above that of the main
     * post held on {@code day} (or any level, for a cadre holding none), as the selection module
     * judges it.
     */
    public static boolean promotion(CadreCareer career, Optional<String> target, LocalDate day) {
        if (target.isEmpty() || !LEVELS.contains(target.get())) {
            return false;
        }
        Optional<String> current = career.heldOn(day).stream()
                .filter(Holding::mainPost)
                .findFirst()
                .flatMap(Holding::postLevel)
                .filter(LEVELS::contains);
        return current.map(level -> LEVELS.indexOf(target.get()) < LEVELS.indexOf(level))
                .orElse(true);
    }

    /** How an audited post is named in lists: its unit and title. */
    public static String postName(Holding holding) {
        return (holding.unitName() + " " + holding.title()).strip();
    }
}
