package cn.zugong.core.statistics;

import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.team.StructureRulePack;
import cn.zugong.core.team.TeamStructureService;
import cn.zugong.core.testdb.RegistryRows;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A hand-counted registry for the year 2025 (reference date 2025-12-31, today 2026-12-07).
 *
 * <p>Wenjiang: A (woman, Han, CPC, 35 on the day, university) county deputy since 2020 after a
 * township post; B (Tibetan, masses, 36 on the day, in-service postgraduate) township deputy from
 * 2025-03-01; C (probationary CPC, 60, high school) county principal until 2026-01-01, retired
 * that day; D (woman, 55) township principal until 2025-12-31, retired that day; E (45) township
 * deputy only from 2026-01-01; F (democratic party, 50, secondary vocational) staff post without
 * level, transferred out on 2025-06-30 and back on 2025-09-01; G county deputy until 2025-06-01,
 * transferred out that day. Counted on 2025-12-31: A, B, C, F.
 *
 * <p>Pidu: H (CPC, 40, university) county deputy since 2019. Xindu (never in scope): I.
 */
final class StatisticsFixture {

    static final String WENJIANG = "510115";
    static final String PIDU = "510117";
    static final String XINDU = "510114";

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private StatisticsFixture() {}

    static TestDatabase seed() throws Exception {
        TestDatabase db =
                new TestDatabase(Cadre.class, OrgUnit.class, StructureRulePack.class, StatisticsSubmission.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.tenant(XINDU);
        RegistryRows rows = new RegistryRows(db);
        UUID unit = rows.unit(WENJIANG, "温江区委", "PARTY_COMMITTEE", 1, 3);
        UUID a = rows.cadre(WENJIANG, "甲", "FEMALE", d("1990-12-31"), "汉族", "CPC_MEMBER", "UNIVERSITY", null, null);
        rows.holding(WENJIANG, a, unit, "TOWNSHIP_PRINCIPAL", true, d("2015-01-01"), d("2020-01-01"));
        rows.holding(WENJIANG, a, unit, "COUNTY_DEPUTY", false, d("2020-01-01"), null);
        UUID b = rows.cadre(WENJIANG, "乙", "MALE", d("1989-12-31"), "藏族", "MASSES", "COLLEGE", "POSTGRADUATE", null);
        rows.holding(WENJIANG, b, unit, "TOWNSHIP_DEPUTY", false, d("2025-03-01"), null);
        UUID c =
                rows.cadre(WENJIANG, "丙", "MALE", d("1965-06-01"), "汉族", "CPC_PROBATIONARY", "HIGH_SCHOOL", null, null);
        rows.holding(WENJIANG, c, unit, "COUNTY_PRINCIPAL", true, d("2010-01-01"), d("2026-01-01"));
        rows.statusChange(WENJIANG, c, "RETIRED", d("2026-01-01"));
        rows.fileStatus(WENJIANG, c, "RETIRED", d("2026-01-01"));
        UUID dd = rows.cadre(WENJIANG, "丁", "FEMALE", d("1970-01-01"), "汉族", "CPC_MEMBER", "UNIVERSITY", null, null);
        rows.holding(WENJIANG, dd, unit, "TOWNSHIP_PRINCIPAL", true, d("2012-01-01"), d("2025-12-31"));
        rows.statusChange(WENJIANG, dd, "RETIRED", d("2025-12-31"));
        rows.fileStatus(WENJIANG, dd, "RETIRED", d("2025-12-31"));
        UUID e = rows.cadre(WENJIANG, "戊", "MALE", d("1980-05-05"), "汉族", "CPC_MEMBER", "COLLEGE", null, null);
        rows.holding(WENJIANG, e, unit, "TOWNSHIP_DEPUTY", false, d("2026-01-01"), null);
        UUID f = rows.cadre(
                WENJIANG, "己", "MALE", d("1975-01-01"), "汉族", "DEMOCRATIC_PARTY", "SECONDARY_VOCATIONAL", null, null);
        rows.holding(WENJIANG, f, unit, null, false, d("2000-01-01"), null);
        rows.statusChange(WENJIANG, f, "TRANSFERRED_OUT", d("2025-06-30"));
        rows.statusChange(WENJIANG, f, "ACTIVE", d("2025-09-01"));
        UUID g = rows.cadre(WENJIANG, "庚", "MALE", d("1978-01-01"), "汉族", "CPC_MEMBER", "UNIVERSITY", null, null);
        rows.holding(WENJIANG, g, unit, "COUNTY_DEPUTY", false, d("2015-01-01"), d("2025-06-01"));
        rows.statusChange(WENJIANG, g, "TRANSFERRED_OUT", d("2025-06-01"));
        rows.fileStatus(WENJIANG, g, "TRANSFERRED_OUT", d("2025-06-01"));
        UUID pidu = rows.unit(PIDU, "郫都区委", "PARTY_COMMITTEE", 1, 3);
        UUID h = rows.cadre(PIDU, "辛", "MALE", d("1985-01-01"), "汉族", "CPC_MEMBER", "UNIVERSITY", null, null);
        rows.holding(PIDU, h, pidu, "COUNTY_DEPUTY", false, d("2019-01-01"), null);
        UUID xindu = rows.unit(XINDU, "新都区委", "PARTY_COMMITTEE", 1, 3);
        UUID i = rows.cadre(XINDU, "壬", "MALE", d("1985-01-01"), "汉族", "CPC_MEMBER", "UNIVERSITY", null, null);
        rows.holding(XINDU, i, xindu, "COUNTY_DEPUTY", false, d("2019-01-01"), null);
        return db;
    }

    static StatisticsService service(EntityManager em) {
        AuditTrail audit = TestDatabase.auditTrail(em);
        TeamStructureService structure = new TeamStructureService();
        TestDatabase.wire(structure, "em", em);
        TestDatabase.wire(structure, "audit", audit);
        StatisticsService service = new StatisticsService();
        service.em = em;
        service.reports = em;
        service.audit = audit;
        service.structure = structure;
        service.clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return service;
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
