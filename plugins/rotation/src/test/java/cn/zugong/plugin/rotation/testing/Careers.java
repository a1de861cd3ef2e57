package cn.zugong.plugin.rotation.testing;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.Relative;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.RotationRules;
import cn.zugong.plugin.rotation.career.Organs;
import cn.zugong.plugin.rotation.rules.RuleValues;
import cn.zugong.testkit.context.CadreFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Careers, units and rule values for the rotation tests: a small Wenjiang with its organs. */
public final class Careers {

    public static final TenantId COUNTY = CadreFixtures.WENJIANG;

    public static final UnitRef PARTY = new UnitRef(UUID.randomUUID(), "中共温江区委", "PARTY_COMMITTEE", Optional.empty());
    public static final UnitRef GOVERNMENT = new UnitRef(UUID.randomUUID(), "温江区人民政府", "GOVERNMENT", Optional.empty());
    public static final UnitRef COURT = new UnitRef(UUID.randomUUID(), "温江区人民法院", "COURT", Optional.empty());
    public static final UnitRef ORGANIZATION =
            new UnitRef(UUID.randomUUID(), "中共温江区委组织部", "WORKING_DEPARTMENT", Optional.empty());
    public static final UnitRef FINANCE_BUREAU =
            new UnitRef(UUID.randomUUID(), "温江区财政局", "WORKING_DEPARTMENT", Optional.empty());
    public static final UnitRef EDUCATION =
            new UnitRef(UUID.randomUUID(), "温江区教育局", "WORKING_DEPARTMENT", Optional.empty());
    public static final UnitRef EDUCATION_PERSONNEL =
            new UnitRef(UUID.randomUUID(), "人事科", "INTERNAL_ORGAN", Optional.of(EDUCATION.id()));
    public static final UnitRef EDUCATION_SCHOOLS =
            new UnitRef(UUID.randomUUID(), "基础教育科", "INTERNAL_ORGAN", Optional.of(EDUCATION.id()));

    public static final List<UnitRef> UNITS = List.of(
            PARTY, GOVERNMENT, COURT, ORGANIZATION, FINANCE_BUREAU, EDUCATION, EDUCATION_PERSONNEL, EDUCATION_SCHOOLS);

    private Careers() {}

    public static Organs organs() {
        return new Organs(UNITS);
    }

    /** The national values, with these overrides. */
    public static RuleValues rules(String... keyValues) {
        Map<String, String> values = new HashMap<>(RotationRules.defaults());
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return RuleValues.parse(values);
    }

    public static CadreCareer career(String name, Holding... holdings) {
        return career(name, Optional.empty(), holdings);
    }

    public static CadreCareer career(String name, Optional<String> growthPlace, Holding... holdings) {
        return new CadreCareer(UUID.randomUUID(), COUNTY, name, growthPlace, List.of(holdings));
    }

    /** A post held from {@code start} on, at the position {@code position} (null: none recorded). */
    public static Holding post(
            UnitRef unit, String title, String level, boolean principal, LocalDate start, LocalDate end) {
        return new Holding(
                UUID.randomUUID(),
                Optional.empty(),
                Optional.of(unit.id()),
                unit.name(),
                title,
                Optional.ofNullable(level),
                principal,
                false,
                true,
                start,
                Optional.ofNullable(end),
                Optional.empty());
    }

    public static Holding held(UnitRef unit, String title, String level, boolean principal, LocalDate start) {
        return post(unit, title, level, principal, start, null);
    }

    /** The same holding flagged as a key post in the registry. */
    public static Holding key(Holding h) {
        return new Holding(
                h.id(),
                h.positionId(),
                h.unitId(),
                h.unitName(),
                h.title(),
                h.postLevel(),
                h.principal(),
                true,
                h.mainPost(),
                h.start(),
                h.end(),
                h.termNumber());
    }

    public static Relative relative(String relation, String kinshipClass, String name, String workplace) {
        return new Relative(UUID.randomUUID(), relation, kinshipClass, name, Optional.ofNullable(workplace));
    }

    public static List<Holding> list(Holding... holdings) {
        return new ArrayList<>(List.of(holdings));
    }
}
