package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The check on the portal's schema (H2): the national pack migration V7 seeds, unit types from the registry, tenancy. */
class EligibilityServiceTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    private static TestDatabase db;
    private static UUID cadre;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(
                Cadre.class,
                PostHolding.class,
                OrgUnit.class,
                cn.zugong.core.unit.UnitPosition.class,
                EligibilityRulePack.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        UUID township = unit("TOWNSHIP");
        UUID bureau = unit("WORKING_DEPARTMENT");
        cadre = UUID.randomUUID();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since, work_started, ft_level,"
                        + " health) values (?, ?, 'x', 'x', 'x', 'MALE', date '1980-01-01', 'x', 'CPC_MEMBER', 'COUNTY', 'ACTIVE',"
                        + " date '2020-01-01', '200207', 'UNIVERSITY', 'HEALTHY')",
                WENJIANG,
                cadre);
        holding(township, "deputy", PostLevel.TOWNSHIP_DEPUTY, "2015-01-01", "2019-01-01");
        holding(bureau, "head", PostLevel.TOWNSHIP_PRINCIPAL, "2019-01-01", "2022-03-01");
        holding(township, "secretary", PostLevel.TOWNSHIP_PRINCIPAL, "2022-03-01", null);
    }

    private static UUID unit(String type) throws Exception {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, ?, ?)", WENJIANG, id, type, type);
        return id;
    }

    private static void holding(UUID unit, String title, PostLevel level, String from, String to) throws Exception {
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                        + " main_post, start_date, end_date) values (?, ?, ?, ?, 'u', ?, ?, ?, true, ?, ?)",
                WENJIANG,
                UUID.randomUUID(),
                cadre,
                unit,
                title,
                level.name(),
                level.principal(),
                Date.valueOf(from),
                to == null ? null : Date.valueOf(to));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @AfterEach
    void clear() {
        em.close();
        TenancyHolder.clear();
    }

    private EligibilityService as(String county) {
        TenancyHolder.set(Tenancy.writing(new TenantId(county)));
        em = db.entityManager();
        EligibilityService service = new EligibilityService();
        service.em = em;
        return service;
    }

    @Test
    void theMigrationSeedsTheNationalPackThatEveryProvinceFallsBackTo() {
        RulePack pack = as(WENJIANG).pack("51", LocalDate.of(2025, 1, 1)).orElseThrow();

        assertThat(pack.applied()).singleElement().satisfies(p -> {
            assertThat(p.getProvince()).isEqualTo(EligibilityRulePack.NATIONAL);
            assertThat(p.getEffectiveFrom()).isEqualTo(LocalDate.of(2014, 1, 14));
            assertThat(p.getVersion()).isEqualTo(2);
        });
        assertThat(pack.parameters()).isEqualTo(Packs.nationalPack().parameters());
    }

    @Test
    void aCountyCadreIsCheckedWithTheUnitTypesOfTheRegistry() {
        assertThat(as(WENJIANG).check(cadre, PostLevel.COUNTY_DEPUTY, false, LocalDate.of(2025, 6, 1)))
                .filteredOn(f -> f.rule() != EligibilityRule.TRAINING)
                .extracting(EligibilityFinding::outcome)
                .containsOnly(Outcome.PASS);
    }

    @Test
    void aCadreOfAnotherCountyIsMissing() {
        EligibilityService pidu = as(PIDU);

        assertThatThrownBy(() -> pidu.check(cadre, PostLevel.COUNTY_DEPUTY, false, LocalDate.of(2025, 6, 1)))
                .isInstanceOf(CadreNotFoundException.class);
    }

    @Test
    void aDateBeforeAnyPackIsRefused() {
        EligibilityService service = as(WENJIANG);

        assertThatThrownBy(() -> service.check(cadre, PostLevel.COUNTY_DEPUTY, false, LocalDate.of(2010, 1, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey)
                        .containsExactly("eligibility.error.no-pack"));
    }

    private static UUID position(String unitType, String title) throws Exception {
        UUID unit = unit(unitType);
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                        + " values (?, ?, ?, ?, 'COUNTY_DEPUTY', false, 'APPOINTED')",
                WENJIANG,
                id,
                unit,
                title);
        return id;
    }

    @Test
    void aPostOfThePartyCommitteeAsksForThePartyStandingAndAGovernmentPostDoesNot() throws Exception {
        UUID standingCommittee = position("PARTY_COMMITTEE", "县委常委");
        UUID viceMayor = position("GOVERNMENT", "副县长");
        db.execute("update cadre set party_joined = '20210602' where id = ?", cadre);
        EligibilityService service = as(WENJIANG);
        // Joined 2 June 2021, a full member from 2 June 2022: two years on 1 June 2025, three needed.
        LocalDate at = LocalDate.of(2025, 6, 1);

        assertThat(service.check(cadre, em.find(cn.zugong.core.unit.UnitPosition.class, standingCommittee), at))
                .filteredOn(f -> f.rule() == EligibilityRule.PARTY_STANDING)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
                    assertThat(f.args()).containsExactly(2, 3);
                });
        assertThat(service.check(cadre, em.find(cn.zugong.core.unit.UnitPosition.class, viceMayor), at))
                .extracting(EligibilityFinding::rule)
                .doesNotContain(EligibilityRule.PARTY_STANDING);
    }
}
