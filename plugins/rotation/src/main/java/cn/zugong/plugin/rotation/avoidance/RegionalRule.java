package cn.zugong.plugin.rotation.avoidance;

import cn.zugong.api.career.UnitRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * V-E1 (回避规定 2006 第五条 [V]): a cadre may not be the principal of the county party committee,
 * government, discipline organ, organization department, court, procuratorate or police in the
 * county where he or she grew up (成长地, not 籍贯); at prefecture (市) level the same posts are
 * "一般不得", a warning. The department the tenant is decides the level: a county's posts block,
 * a city department's own posts warn. The growth place is free text that staff confirm (DOMAIN
 * §2.6): a place not confirmed as it reads now only warns, so that an unchecked entry never stops
 * an appointment by itself.
 */
public final class RegionalRule {

    private final RuleValues rules;

    public RegionalRule(RuleValues rules) {
        this.rules = rules;
    }

    /**
     * The conflict of holding a post of {@code unit} (principal or not) in {@code county}, for a
     * cadre who grew up in {@code growthPlace} (confirmed by staff or not); empty when V-E1 does
     * not apply.
     */
    public Optional<Conflict> of(
            UUID cadre,
            Optional<String> growthPlace,
            boolean confirmed,
            UnitRef unit,
            boolean principal,
            TenantId county) {
        if (!principal || growthPlace.isEmpty() || !coveredUnit(unit)) {
            return Optional.empty();
        }
        boolean city = isCity(county);
        List<String> names = city ? rules.cityNames() : rules.countyNames();
        String place = growthPlace.get();
        boolean grewUpHere = place.contains(county.code()) || names.stream().anyMatch(place::contains);
        return grewUpHere
                ? Optional.of(new Conflict(
                        ConflictKind.REGIONAL,
                        cadre,
                        Optional.empty(),
                        Optional.empty(),
                        unit.id(),
                        unit.name(),
                        !city && confirmed))
                : Optional.empty();
    }

    private boolean coveredUnit(UnitRef unit) {
        return rules.regionalUnitTypes().contains(unit.type())
                || ("WORKING_DEPARTMENT".equals(unit.type())
                        && rules.regionalDepartmentWords().stream().anyMatch(unit.name()::contains));
    }

    /** A city's department: its code ends in 00 but not 0000 (a province's). */
    public static boolean isCity(TenantId tenant) {
        String code = tenant.code();
        return code.endsWith("00") && !code.endsWith("0000");
    }
}
