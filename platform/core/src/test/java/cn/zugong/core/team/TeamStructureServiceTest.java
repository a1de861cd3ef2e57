package cn.zugong.core.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.RegistryRows;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Team structure against a hand-counted fixture on 2026-06-30, under Sichuan's targets (V32: a
 * woman in governments and townships, one member of 40 or under, at least 30% under 45, at most
 * 34% over 55, half with university education, two fields of expertise, no vacancy).
 *
 * <p>Wenjiang's government (1 principal, 3 deputies): the principal (50, university, economics,
 * since 2021-06-01), deputies of 58 (college, economics, since 2022-01-01) and 44 (postgraduate,
 * law, since 2023-06-30); one deputy seat empty; no woman; nobody 40 or under. Shou'an township
 * (1 + 2): a woman of 38 (university, agriculture), men of 42 (university, party work) and 39
 * (college, agriculture); a deputy who left on 2026-06-30 is not counted. Its internal office is
 * not a measured team. Pidu's government: one principal of 45, two vacancies. Xindu is out of scope.
 */
class TeamStructureServiceTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final String XINDU = "510114";
    private static final LocalDate AT = LocalDate.of(2026, 6, 30);

    private static TestDatabase db;
    private static UUID government;
    private static UUID township;
    private static UUID xinduUnit;

    private EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = new TestDatabase(Cadre.class, PostHolding.class, OrgUnit.class, StructureRulePack.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.tenant(XINDU);
        RegistryRows rows = new RegistryRows(db);
        government = rows.unit(WENJIANG, "温江区人民政府", "GOVERNMENT", 1, 3);
        member(rows, WENJIANG, government, "MALE", 50, "UNIVERSITY", "经济", true, "2021-06-01");
        member(rows, WENJIANG, government, "MALE", 58, "COLLEGE", "经济", false, "2022-01-01");
        member(rows, WENJIANG, government, "MALE", 44, "POSTGRADUATE", "法律", false, "2023-06-30");
        township = rows.unit(WENJIANG, "寿安镇", "TOWNSHIP", 1, 2);
        member(rows, WENJIANG, township, "FEMALE", 38, "UNIVERSITY", "农业", true, "2020-03-01");
        member(rows, WENJIANG, township, "MALE", 42, "UNIVERSITY", "党建", false, "2021-03-01");
        member(rows, WENJIANG, township, "MALE", 39, "COLLEGE", "农业", false, "2022-03-01");
        UUID left = rows.cadre(WENJIANG, "离", "MALE", AT.minusYears(50), "汉族", "CPC_MEMBER", "COLLEGE", null, null);
        rows.holding(WENJIANG, left, township, "TOWNSHIP_DEPUTY", false, LocalDate.of(2019, 1, 1), AT);
        rows.unit(WENJIANG, "区委办公室秘书科", "INTERNAL_ORGAN", 1, 2);
        UUID pidu = rows.unit(PIDU, "郫都区人民政府", "GOVERNMENT", 1, 3);
        member(rows, PIDU, pidu, "FEMALE", 45, "UNIVERSITY", "经济", true, "2024-01-01");
        xinduUnit = rows.unit(XINDU, "新都区人民政府", "GOVERNMENT", 1, 3);
    }

    private static void member(
            RegistryRows rows,
            String tenant,
            UUID unit,
            String gender,
            int age,
            String education,
            String expertise,
            boolean principal,
            String since)
            throws Exception {
        UUID cadre = rows.cadre(
                tenant,
                "员" + age,
                gender,
                AT.minusYears(age).minusDays(1),
                "汉族",
                "CPC_MEMBER",
                education,
                null,
                expertise);
        rows.holding(
                tenant,
                cadre,
                unit,
                principal ? "COUNTY_PRINCIPAL" : "COUNTY_DEPUTY",
                principal,
                LocalDate.parse(since),
                null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @AfterEach
    void clear() {
        em.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private TeamStructureService as(Tenancy tenancy) {
        TenancyHolder.set(tenancy);
        em = db.entityManager();
        TeamStructureService service = new TeamStructureService();
        service.em = em;
        service.audit = TestDatabase.auditTrail(em);
        return service;
    }

    private static Team team(TeamsOverview overview, UUID unit) {
        return overview.teams().stream()
                .filter(t -> t.unitId().equals(unit))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theGovernmentsTeamIsCountedByHandAndMissesThreeTargets() {
        TeamsOverview overview = as(Tenancy.writing(new TenantId(WENJIANG))).teams(AT);
        Team team = team(overview, government);
        StructureRules rules = overview.rulesOf(WENJIANG);

        assertThat(team.size()).isEqualTo(3);
        assertThat(team.vacancies()).isEqualTo(1);
        assertThat(team.under45()).isEqualTo(1);
        assertThat(team.from45To55()).isEqualTo(1);
        assertThat(team.over55()).isEqualTo(1);
        assertThat(team.women()).isZero();
        assertThat(team.university()).isEqualTo(2);
        assertThat(team.expertise()).isEqualTo(2);
        assertThat(team.yearsTogether()).isEqualTo(3);
        assertThat(team.averageAge().orElseThrow()).isCloseTo(50.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(team.missed(rules))
                .extracting(TeamFinding::target)
                .containsExactly(TeamTarget.WOMEN, TeamTarget.YOUNGER, TeamTarget.VACANCIES);
        assertThat(team.findings(rules))
                .filteredOn(f -> f.target() == TeamTarget.OVER_55)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.met()).isTrue();
                    assertThat(f.actual()).isEqualTo(33);
                    assertThat(f.required()).isEqualTo(34);
                });
    }

    @Test
    void theTownshipMeetsEveryTargetAndTheOneWhoLeftOnTheDayIsNotCounted() {
        TeamsOverview overview = as(Tenancy.writing(new TenantId(WENJIANG))).teams(AT);
        Team team = team(overview, township);

        assertThat(team.size()).isEqualTo(3);
        assertThat(team.vacancies()).isZero();
        assertThat(team.missed(overview.rulesOf(WENJIANG))).isEmpty();
        assertThat(overview.measured(WENJIANG)).hasSize(2);
        assertThat(overview.missing(WENJIANG)).extracting(Team::unitId).containsExactly(government);
    }

    @Test
    void theSupervisorSeesTheCountiesOfTheScopeSideBySide() {
        TeamsOverview overview = as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))))
                .teams(AT);

        assertThat(overview.counties()).containsExactly(WENJIANG, PIDU);
        assertThat(overview.missing(WENJIANG)).hasSize(1);
        assertThat(overview.missing(PIDU)).hasSize(1);
        assertThat(overview.missing(PIDU, TeamTarget.VACANCIES)).isEqualTo(1);
        assertThat(overview.missing(PIDU, TeamTarget.WOMEN)).isZero();
        assertThat(overview.teams()).noneMatch(t -> t.tenantId().equals(XINDU));
    }

    @Test
    void aSupervisorOpeningATeamIsAnAuditedRead() throws Exception {
        long before = db.count(
                "select count(*) from audit_event where tenant_id = ? and action = 'unit.team.read'", WENJIANG);
        TeamStructureService service = as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))));
        em.getTransaction().begin();
        Team team = service.team(government, AT);
        em.getTransaction().commit();

        assertThat(team.members()).hasSize(3);
        assertThat(team.members().getFirst().principal()).isTrue();
        assertThat(db.count(
                        "select count(*) from audit_event where tenant_id = ? and action = 'unit.team.read'", WENJIANG))
                .isEqualTo(before + 1);
    }

    @Test
    void anotherCountysTeamIsNotFound() {
        TeamStructureService service = as(Tenancy.writing(new TenantId(WENJIANG)));

        assertThatThrownBy(() -> service.team(xinduUnit, AT)).isInstanceOf(ValidationException.class);
    }
}
